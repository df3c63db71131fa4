package uk.policenewsroom.releases;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.policenewsroom.accounts.AuditLog;

/**
 * Publishes scheduled releases when they are due, every 20 seconds, and catches up on
 * anything that fell due while the site was down. Several instances may run this at once:
 * each locks the due rows it takes with {@code FOR UPDATE SKIP LOCKED}, so no two publish
 * the same release, and {@link Release#publishIfDue} does nothing for a release that is
 * no longer scheduled, so a repeat is harmless.
 * <p>
 * Each batch is one transaction: a release, its status-change row and its audit row
 * commit together or not at all. When the application is asked to stop, the batch in hand
 * is finished and no other is started, so a shutdown waits for at most one batch (Spring
 * stops the scheduler, waiting for its running job, before it closes the database pool);
 * whatever is still due is published by the next instance to run this.
 */
@Component
class ScheduledPublishing {

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

	private static final int BATCH = 20;

	private final Releases releases;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final StatusEvents events;

	private final Clock clock;

	private volatile boolean stopping;

	ScheduledPublishing(Releases releases, AuditLog audit, TransactionTemplate transactions, StatusEvents events,
			Clock clock) {
		this.releases = releases;
		this.events = events;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${newsroom.scheduling.interval:PT20S}",
			initialDelayString = "${newsroom.scheduling.initial-delay:PT5S}")
	void run() {
		int published = publishDue();
		if (published > 0) {
			log.info("Published {} scheduled release(s)", published);
		}
	}

	/**
	 * Publishes every release that is due, in batches; returns how many this call
	 * published.
	 */
	int publishDue() {
		int total = 0;
		while (true) {
			Integer published = this.transactions.execute((status) -> publishBatch());
			total += published;
			if (published < BATCH) {
				return total;
			}
			if (this.stopping) {
				log.info("Stopping: published {} release(s) in this run; any still due wait for the next start", total);
				return total;
			}
		}
	}

	/**
	 * The application is closing: finish the batch in hand, start no other.
	 */
	@EventListener(ContextClosedEvent.class)
	void stopAfterThisBatch() {
		this.stopping = true;
	}

	private int publishBatch() {
		List<Long> due = this.releases.lockDue(this.clock.instant(), BATCH);
		int published = 0;
		for (Long id : due) {
			Release release = this.releases.findById(id).orElseThrow();
			if (release.publishIfDue(this.clock)) {
				this.audit.record(null, "RELEASE_PUBLISHED_ON_SCHEDULE", "release", id, release.getTitle(),
						"Scheduled for " + release.getPublishedAt());
				this.releases.saveAndFlush(release);
				this.events.publish(release);
				published++;
			}
		}
		return published;
	}

}
