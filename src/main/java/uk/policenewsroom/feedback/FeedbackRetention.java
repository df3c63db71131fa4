package uk.policenewsroom.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.site.LondonTime;

/**
 * Feedback is kept for {@code newsroom.feedback.retention} (12 months unless configured)
 * and then deleted, every night, because it may hold an email address and we have no
 * reason to keep it for ever.
 */
@Component
class FeedbackRetention {

	private static final Logger log = LoggerFactory.getLogger(FeedbackRetention.class);

	private final FeedbackItems items;

	private final AuditLog audit;

	private final Period retention;

	private final Clock clock;

	FeedbackRetention(FeedbackItems items, AuditLog audit,
			@Value("${newsroom.feedback.retention:P12M}") Period retention, Clock clock) {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalStateException(
					"newsroom.feedback.retention must be longer than nothing, or every piece of feedback would be deleted");
		}
		this.items = items;
		this.audit = audit;
		this.retention = retention;
		this.clock = clock;
	}

	/**
	 * Deletes all feedback received before the cutoff in one statement. Every instance of
	 * the site runs this at the same time, which is safe without a lock: the delete is
	 * idempotent, and when two overlap PostgreSQL makes the second wait for the first's
	 * row locks and then skip the rows already gone, so each row is deleted once and the
	 * counts add up to the total.
	 * @return how many were deleted
	 */
	@Scheduled(cron = "${newsroom.feedback.retention-cron:0 30 3 * * *}", zone = "Europe/London")
	@Transactional
	int deleteExpired() {
		Instant cutoff = cutoff();
		int deleted = this.items.deleteReceivedBefore(cutoff);
		log.info("Deleted {} pieces of feedback received before {} (kept for {})", deleted, cutoff, this.retention);
		if (deleted > 0) {
			this.audit.record(null, "FEEDBACK_DELETED_BY_RETENTION", FeedbackTriage.SUBJECT_TYPE, null, null,
					"Deleted " + deleted + " received before " + cutoff + " (kept for " + this.retention + ")");
		}
		return deleted;
	}

	/**
	 * Now less the retention period, counted on the calendar in London: months differ in
	 * length, so twelve months are not a fixed number of seconds.
	 */
	Instant cutoff() {
		return this.clock.instant().atZone(LondonTime.ZONE).minus(this.retention).toInstant();
	}

}
