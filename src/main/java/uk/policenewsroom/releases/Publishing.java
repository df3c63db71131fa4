package uk.policenewsroom.releases;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.accounts.PressOfficer;

/**
 * The review and publishing workflow. The rules live on {@link Release}; this records
 * each step in the audit log, and a revision when the words change.
 */
@Component
@Transactional
public class Publishing {

	private final Drafting drafting;

	private final Revisions revisions;

	private final AuditLog audit;

	private final Releases releases;

	private final Clock clock;

	Publishing(Drafting drafting, Revisions revisions, AuditLog audit, Releases releases, Clock clock) {
		this.drafting = drafting;
		this.revisions = revisions;
		this.audit = audit;
		this.releases = releases;
		this.clock = clock;
	}

	public void submit(PressOfficer by, long id) {
		Release release = this.drafting.find(id);
		release.submit(by.id(), this.clock);
		this.audit.record(by, "RELEASE_SUBMITTED", "release", id, release.getTitle(), null);
	}

	public void reject(PressOfficer by, long id, String comment) {
		Release release = this.drafting.find(id);
		release.reject(by.id(), comment, this.clock);
		this.audit.record(by, "RELEASE_REJECTED", "release", id, release.getTitle(), release.getRejectionComment());
	}

	public void publish(PressOfficer by, long id) {
		Release release = this.drafting.find(id);
		release.publish(by.id(), this.clock);
		this.audit.record(by, "RELEASE_PUBLISHED", "release", id, release.getTitle(), null);
	}

	public void publishWithoutReview(PressOfficer by, long id, String reason) {
		Release release = this.drafting.find(id);
		release.publishWithoutReview(by.id(), reason, this.clock);
		this.audit.record(by, "RELEASE_PUBLISHED_WITHOUT_REVIEW", "release", id, release.getTitle(),
				release.getUnreviewedReason());
	}

	public void schedule(PressOfficer by, long id, Instant at) {
		Release release = this.drafting.find(id);
		release.schedule(by.id(), at, this.clock);
		this.audit.record(by, "RELEASE_SCHEDULED", "release", id, release.getTitle(), "For " + at);
	}

	public void unschedule(PressOfficer by, long id) {
		Release release = this.drafting.find(id);
		release.unschedule(by.id(), this.clock);
		this.audit.record(by, "RELEASE_UNSCHEDULED", "release", id, release.getTitle(), null);
	}

	public void approve(PressOfficer by, long id) {
		Release release = this.drafting.find(id);
		String reason = release.getUnreviewedReason();
		release.approve(by.id(), this.clock);
		this.audit.record(by, "RELEASE_APPROVED", "release", id, release.getTitle(),
				"Published without review because: " + reason);
	}

	/** Corrects a published release, unless somebody else saved it first. */
	public Release correct(PressOfficer by, long id, ReleaseForm form) {
		Release release = this.drafting.find(id);
		this.drafting.checkVersion(release, form);
		release.correct(this.drafting.content(form), form.getChangeNote(), form.isMinor(), this.clock);
		if (form.getSlug() != null && !form.getSlug().isBlank()) {
			release.changeSlug(this.drafting.freeSlug(form.getSlug(), release));
		}
		this.releases.saveAndFlush(release);
		this.revisions.record(release, by, form.isMinor() ? "Minor correction" : "Updated: " + form.getChangeNote(),
				form.isMinor());
		this.audit.record(by, form.isMinor() ? "RELEASE_CORRECTED_MINOR" : "RELEASE_UPDATED", "release", id,
				release.getTitle(), form.isMinor() ? null : form.getChangeNote());
		return release;
	}

	public void withdraw(PressOfficer by, long id, String explanation) {
		Release release = this.drafting.find(id);
		release.withdraw(by.id(), explanation, this.clock);
		this.audit.record(by, "RELEASE_WITHDRAWN", "release", id, release.getTitle(),
				release.getWithdrawalExplanation());
	}

}
