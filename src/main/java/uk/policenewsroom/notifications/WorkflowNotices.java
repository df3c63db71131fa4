package uk.policenewsroom.notifications;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.accounts.OfficerDirectory;
import uk.policenewsroom.accounts.OfficerDirectory.Officer;
import uk.policenewsroom.releases.ReleaseQueues;
import uk.policenewsroom.releases.ReleaseQueues.Writers;
import uk.policenewsroom.releases.ReleaseStatus;
import uk.policenewsroom.releases.ReleaseStatusChanged;
import uk.policenewsroom.site.SiteProperties;

/**
 * Decides who is told of a change in a release's workflow, and writes their emails to the
 * outbox in the same transaction as the change: editors hear of submissions; the writer
 * (author and submitter) hears of everything that happens to their release after it,
 * rejection, scheduling, publication, withdrawal and any later state. Nobody is told of
 * their own action. Sending is {@link MailDelivery}'s job, after commit.
 */
@Component
class WorkflowNotices {

	private final Notifications notifications;

	private final OfficerDirectory officers;

	private final ReleaseQueues releases;

	private final SiteProperties site;

	private final Clock clock;

	WorkflowNotices(Notifications notifications, OfficerDirectory officers, ReleaseQueues releases, SiteProperties site,
			Clock clock) {
		this.notifications = notifications;
		this.officers = officers;
		this.releases = releases;
		this.site = site;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ReleaseStatusChanged change) {
		Optional<Writers> found = this.releases.writersOf(change.releaseId());
		if (found.isEmpty() || change.to() == null || change.to() == change.from()) {
			return;
		}
		Writers release = found.get();
		if (change.to() == ReleaseStatus.SUBMITTED) {
			if (change.from() == ReleaseStatus.DRAFT || change.from() == ReleaseStatus.REJECTED) {
				for (Officer editor : this.officers.reviewers()) {
					send(editor, change, "Waiting for your review: " + release.title(), submittedText(release, change));
				}
			}
			return;
		}
		if (change.to() == ReleaseStatus.DRAFT) {
			return;
		}
		Set<Long> writers = new LinkedHashSet<>();
		if (release.authorId() != null) {
			writers.add(release.authorId());
		}
		if (release.submittedBy() != null) {
			writers.add(release.submittedBy());
		}
		for (Long writer : writers) {
			this.officers.active(writer)
				.ifPresent((officer) -> send(officer, change, subjectForWriter(change, release),
						writerText(release, change)));
		}
	}

	private void send(Officer to, ReleaseStatusChanged change, String subject, String body) {
		if (Objects.equals(to.id(), change.actorId())) {
			return;
		}
		this.notifications.save(new Notification(
				to.email(), subject, "Hello " + to.displayName() + ",\n\n" + body + "\n\n-- \nThe press office at "
						+ this.site.name() + "\nYou get this email because you work on this release.",
				change.releaseId(), this.clock));
	}

	private String submittedText(Writers release, ReleaseStatusChanged change) {
		return "\"" + release.title() + "\" has been submitted for review.\n\nReview it here:\n" + officeLink(change);
	}

	private static String subjectForWriter(ReleaseStatusChanged change, Writers release) {
		return switch (change.to()) {
			case REJECTED -> "Sent back to you: " + release.title();
			case SCHEDULED -> "Scheduled: " + release.title();
			case PUBLISHED -> "Published: " + release.title();
			case WITHDRAWN -> "Withdrawn: " + release.title();
			default -> change.to().label() + ": " + release.title();
		};
	}

	private String writerText(Writers release, ReleaseStatusChanged change) {
		String title = "\"" + release.title() + "\"";
		String what = switch (change.to()) {
			case REJECTED -> title + " was sent back to you by an editor, who said:\n\n" + quoted(change.comment())
					+ "\n\nChange it and submit it again here:\n" + officeLink(change);
			case SCHEDULED ->
				title + " has been reviewed and scheduled for publication.\n\nSee it here:\n" + officeLink(change);
			case PUBLISHED -> title + " has been published.\n\nReaders see it at:\n" + publicLink(change)
					+ "\n\nIn the press office:\n" + officeLink(change);
			case WITHDRAWN -> title + " has been withdrawn. The reason given:\n\n" + quoted(change.comment())
					+ "\n\nSee it here:\n" + officeLink(change);
			default -> title + " is now " + change.to().label().toLowerCase(java.util.Locale.UK) + "."
					+ ((change.comment() != null) ? " The reason given:\n\n" + quoted(change.comment()) : "")
					+ "\n\nSee it here:\n" + officeLink(change);
		};
		return what;
	}

	private static String quoted(String text) {
		return (text == null || text.isBlank()) ? "  (no reason given)" : "  " + text.strip().replace("\n", "\n  ");
	}

	private String officeLink(ReleaseStatusChanged change) {
		return this.site.baseUrl() + "/press-office/releases/" + change.releaseId();
	}

	private String publicLink(ReleaseStatusChanged change) {
		return this.site.baseUrl() + "/news/" + change.slug();
	}

}
