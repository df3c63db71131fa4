package uk.policenewsroom.notifications;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.site.LondonTime;

/**
 * Emails that could not be sent after every try, for admins to see and send again.
 */
@Component
@Transactional
class FailedMail {

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	FailedMail(Notifications notifications, AuditLog audit, Clock clock) {
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<FailedView> list() {
		return this.notifications.findByStatusOrderByCreatedAtDesc(Notification.Status.FAILED)
			.stream()
			.map((n) -> new FailedView(n.getId(), n.getRecipient(), n.getSubject(), LondonTime.of(n.getCreatedAt()),
					n.getAttempts(), n.getLastError(), n.getReleaseId()))
			.toList();
	}

	@Transactional(readOnly = true)
	long count() {
		return this.notifications.countByStatus(Notification.Status.FAILED);
	}

	/**
	 * Gives one failed email a fresh set of tries; false if it is not (or no longer)
	 * failed.
	 */
	boolean retry(PressOfficer admin, long id) {
		return this.notifications.findById(id).map((notification) -> retry(admin, notification)).orElse(false);
	}

	/** Gives every failed email a fresh set of tries; returns how many. */
	int retryAll(PressOfficer admin) {
		int count = 0;
		for (Notification notification : this.notifications
			.findByStatusOrderByCreatedAtDesc(Notification.Status.FAILED)) {
			if (retry(admin, notification)) {
				count++;
			}
		}
		return count;
	}

	private boolean retry(PressOfficer admin, Notification notification) {
		if (!notification.retry(this.clock)) {
			return false;
		}
		this.audit.record(admin, "NOTIFICATION_RETRIED", "notification", notification.getId(),
				notification.getSubject(), "To " + notification.getRecipient());
		return true;
	}

	record FailedView(long id, String recipient, String subject, LondonTime.Shown created, int attempts,
			String lastError, Long releaseId) {

	}

}
