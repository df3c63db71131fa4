package uk.policenewsroom.releases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduler publishes what is due exactly once, however many instances race for it,
 * catches up after downtime, and never shows a release early.
 */
@NewsroomTest
class ScheduledPublishingTests {

	private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

	@Autowired
	TestData data;

	@Autowired
	Releases releases;

	@Autowired
	ReleaseFinder finder;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	StatusEvents events;

	@Autowired
	JdbcTemplate jdbc;

	private long writerId;

	private long editorId;

	@BeforeEach
	void empty() {
		this.data.reset();
		this.writerId = this.data.officer(Role.WRITER).id();
		this.editorId = this.data.officer(Role.EDITOR).id();
	}

	@Test
	void twoSchedulersRacingPublishEachDueReleaseOnce() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			ids.add(scheduled("race-" + i, NOW.minusSeconds(60 + i)));
		}
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		ScheduledPublishing one = new ScheduledPublishing(this.releases, this.audit, this.transactions, this.events,
				clock);
		ScheduledPublishing two = new ScheduledPublishing(this.releases, this.audit, this.transactions, this.events,
				clock);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			Future<Integer> a = pool.submit(() -> {
				start.await();
				return one.publishDue();
			});
			Future<Integer> b = pool.submit(() -> {
				start.await();
				return two.publishDue();
			});
			start.countDown();
			assertThat(a.get() + b.get()).isEqualTo(30);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from releases where status = 'PUBLISHED'", Integer.class))
			.isEqualTo(30);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where action = 'RELEASE_PUBLISHED_ON_SCHEDULE'", Integer.class))
			.isEqualTo(30);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from release_status_changes where action = 'PUBLISHED_ON_SCHEDULE' and actor_id is null",
				Integer.class))
			.isEqualTo(30);
		assertThat(one.publishDue() + two.publishDue()).isZero();
	}

	@Test
	void aFutureReleaseStaysHiddenUntilItsTime() {
		long id = scheduled("future", NOW.plus(Duration.ofHours(1)));
		ScheduledPublishing early = new ScheduledPublishing(this.releases, this.audit, this.transactions, this.events,
				Clock.fixed(NOW, ZoneOffset.UTC));
		assertThat(early.publishDue()).isZero();
		assertThat(this.finder.published("future")).isEmpty();
		assertThat(statusOf(id)).isEqualTo("SCHEDULED");

		ScheduledPublishing onTime = new ScheduledPublishing(this.releases, this.audit, this.transactions, this.events,
				Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC));
		assertThat(onTime.publishDue()).isEqualTo(1);
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		assertThat(this.finder.published("future")).isPresent();
	}

	@Test
	void afterDowntimeEverythingThatFellDueGoesOutAtItsScheduledTime() {
		Instant missed = NOW.minus(Duration.ofHours(6));
		long first = scheduled("missed-one", missed);
		long second = scheduled("missed-two", missed.plus(Duration.ofHours(2)));
		long later = scheduled("not-yet", NOW.plus(Duration.ofDays(1)));
		ScheduledPublishing backUp = new ScheduledPublishing(this.releases, this.audit, this.transactions, this.events,
				Clock.fixed(NOW, ZoneOffset.UTC));
		assertThat(backUp.publishDue()).isEqualTo(2);
		assertThat(statusOf(first)).isEqualTo("PUBLISHED");
		assertThat(statusOf(second)).isEqualTo("PUBLISHED");
		assertThat(statusOf(later)).isEqualTo("SCHEDULED");
		assertThat(this.jdbc
			.queryForObject("select published_at from releases where id = ?", java.sql.Timestamp.class, first)
			.toInstant()).isEqualTo(missed);
	}

	@Test
	void aShutdownDuringABatchFinishesThatBatchWholeAndStartsNoOther() {
		for (int i = 0; i < 50; i++) {
			scheduled("closing-" + i, NOW.minusSeconds(60 + i));
		}
		AtomicReference<ScheduledPublishing> job = new AtomicReference<>();
		// The close arrives while the first batch is being published.
		StatusEvents closingMidBatch = new StatusEvents((event) -> job.get().stopAfterThisBatch());
		job.set(new ScheduledPublishing(this.releases, this.audit, this.transactions, closingMidBatch,
				Clock.fixed(NOW, ZoneOffset.UTC)));

		assertThat(job.get().publishDue()).isEqualTo(20);

		assertThat(this.jdbc.queryForObject("select count(*) from releases where status = 'PUBLISHED'", Integer.class))
			.isEqualTo(20);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where action = 'RELEASE_PUBLISHED_ON_SCHEDULE'", Integer.class))
			.isEqualTo(20);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from release_status_changes where action = 'PUBLISHED_ON_SCHEDULE'", Integer.class))
			.isEqualTo(20);
		ScheduledPublishing nextStart = new ScheduledPublishing(this.releases, this.audit, this.transactions,
				this.events, Clock.fixed(NOW, ZoneOffset.UTC));
		assertThat(nextStart.publishDue()).isEqualTo(30);
		assertThat(this.jdbc.queryForObject("select count(*) from releases where status = 'PUBLISHED'", Integer.class))
			.isEqualTo(50);
	}

	/** A release submitted by one person and scheduled by another, for {@code at}. */
	private long scheduled(String slug, Instant at) {
		Clock before = Clock.fixed(at.minus(Duration.ofDays(1)).isBefore(NOW) ? at.minus(Duration.ofDays(1)) : NOW,
				ZoneOffset.UTC);
		return this.transactions.execute((status) -> {
			Release release = this.releases.findById(this.data.draft(slug, "Scheduled " + slug).getId()).orElseThrow();
			release.submit(Actor.writer(this.writerId), before);
			release.schedule(Actor.editor(this.editorId), at, LegalReview.none(), before);
			return release.getId();
		});
	}

	private String statusOf(long id) {
		return this.jdbc.queryForObject("select status from releases where id = ?", String.class, id);
	}

}
