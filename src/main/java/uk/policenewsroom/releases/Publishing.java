package uk.policenewsroom.releases;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.accounts.PressOfficer;

/**
 * The review and publishing workflow. Every decision names the version it was made on and
 * is refused if the release changed since; the rules live on {@link Release}; this
 * records each step in the audit log and publishes its {@link ReleaseStatusChanged}.
 */
@Component
@Transactional
public class Publishing {

	private final Drafting drafting;

	private final AuditLog audit;

	private final Releases releases;

	private final LegalChecks legal;

	private final StatusEvents events;

	private final Clock clock;

	Publishing(Drafting drafting, AuditLog audit, Releases releases, LegalChecks legal, StatusEvents events,
			Clock clock) {
		this.drafting = drafting;
		this.audit = audit;
		this.releases = releases;
		this.legal = legal;
		this.events = events;
		this.clock = clock;
	}

	public void submit(PressOfficer by, Decision decision) {
		decide(by, decision, "RELEASE_SUBMITTED", (release) -> release.submit(Actor.of(by), this.clock));
	}

	public void reject(PressOfficer by, Decision decision, String comment) {
		decide(by, decision, "RELEASE_REJECTED", (release) -> release.reject(Actor.of(by), comment, this.clock));
	}

	public void publish(PressOfficer by, Decision decision) {
		decide(by, decision, "RELEASE_PUBLISHED",
				(release) -> release.publish(Actor.of(by), review(release, decision), this.clock));
	}

	public void publishWithoutReview(PressOfficer by, Decision decision, String reason) {
		decide(by, decision, "RELEASE_PUBLISHED_WITHOUT_REVIEW",
				(release) -> release.publishWithoutReview(Actor.of(by), reason, review(release, decision), this.clock));
	}

	public void schedule(PressOfficer by, Decision decision, Instant at) {
		decide(by, decision, "RELEASE_SCHEDULED",
				(release) -> release.schedule(Actor.of(by), at, review(release, decision), this.clock));
	}

	public void unschedule(PressOfficer by, Decision decision) {
		decide(by, decision, "RELEASE_UNSCHEDULED", (release) -> release.unschedule(Actor.of(by), this.clock));
	}

	public void approve(PressOfficer by, Decision decision) {
		decide(by, decision, "RELEASE_APPROVED",
				(release) -> release.approve(Actor.of(by), review(release, decision), this.clock));
	}

	public void withdraw(PressOfficer by, Decision decision, TakeDownReason reason, String explanation) {
		decide(by, decision, "RELEASE_WITHDRAWN",
				(release) -> release.withdraw(Actor.of(by), reason, explanation, this.clock));
	}

	public void remove(PressOfficer by, Decision decision, TakeDownReason reason, String notice) {
		decide(by, decision, "RELEASE_REMOVED", (release) -> release.remove(Actor.of(by), reason, notice, this.clock));
	}

	public void restore(PressOfficer by, Decision decision, String reason) {
		decide(by, decision, "RELEASE_RESTORED", (release) -> release.restore(Actor.of(by), reason, this.clock));
	}

	/**
	 * The one path of every decision: the release as it is now, refused if it is not the
	 * version decided on, the transition, then its audit line and events.
	 */
	private void decide(PressOfficer by, Decision decision, String action, Consumer<Release> transition) {
		Release release = this.drafting.find(decision.releaseId());
		release.requireSeen(decision.version(), decision.revision());
		int before = release.getStatusChanges().size();
		transition.accept(release);
		this.releases.saveAndFlush(release);
		String comment = release.getStatusChanges()
			.stream()
			.skip(before)
			.map(StatusChange::getComment)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		this.audit.record(by, action, "release", release.getId(), release.getTitle(), comment);
		this.events.publish(release);
	}

	private LegalReview review(Release release, Decision decision) {
		return this.legal.review(release, decision.acknowledged());
	}

	/**
	 * What an officer decided on: the release, the version and revision their page
	 * showed, and the legal warnings they acknowledged.
	 */
	public record Decision(long releaseId, Long version, Integer revision, Set<LegalRule> acknowledged) {

		public Decision {
			acknowledged = (acknowledged != null) ? Set.copyOf(acknowledged) : Set.of();
		}

	}

}
