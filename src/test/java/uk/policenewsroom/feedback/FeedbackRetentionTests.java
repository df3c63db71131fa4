package uk.policenewsroom.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ReflectionUtils;
import org.springframework.transaction.support.TransactionTemplate;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.site.LondonTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

@NewsroomTest
class FeedbackRetentionTests {

	/** Summer time in London: 12:00 BST. */
	private static final Instant NOW = Instant.parse("2026-07-01T11:00:00Z");

	private static final Instant CUTOFF = Instant.parse("2025-07-01T11:00:00Z");

	@Autowired
	FeedbackItems items;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestData data;

	@Autowired
	FeedbackRetention configured;

	@Autowired
	Environment environment;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@Test
	void onlyFeedbackOlderThanTheCutoffIsDeleted() {
		feedback(CUTOFF.minusSeconds(3600L * 24 * 400), "Very old");
		feedback(CUTOFF.minusMillis(1), "Just too old");
		feedback(CUTOFF, "Exactly twelve months old");
		feedback(CUTOFF.plusMillis(1), "Just young enough");
		feedback(NOW.minusSeconds(60), "Recent");
		FeedbackRetention retention = new FeedbackRetention(this.items, this.audit, Period.ofMonths(12),
				Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(retention.cutoff()).isEqualTo(CUTOFF);
		assertThat(deleteExpired(retention)).isEqualTo(2);
		assertThat(this.items.findAll()).extracting(Feedback::getDoing)
			.containsExactlyInAnyOrder("Exactly twelve months old", "Just young enough", "Recent");

		List<Map<String, Object>> audited = this.jdbc
			.queryForList("select actor_name, action, details from audit_events where subject_type = 'feedback'");
		assertThat(audited).singleElement().satisfies((event) -> {
			assertThat(event).containsEntry("actor_name", "system")
				.containsEntry("action", "FEEDBACK_DELETED_BY_RETENTION");
			assertThat((String) event.get("details")).contains("Deleted 2", "2025-07-01T11:00:00Z");
		});

		assertThat(deleteExpired(retention)).isZero();
		assertThat(this.items.count()).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_events", Long.class)).isEqualTo(1);
	}

	@Test
	void monthsAreCalendarMonthsInLondon() {
		FeedbackRetention retention = new FeedbackRetention(this.items, this.audit, Period.ofMonths(1),
				Clock.fixed(Instant.parse("2026-03-31T12:00:00Z"), ZoneOffset.UTC));
		// 31 March is in summer time, 28 February is not: the same 13:00 on the wall.
		assertThat(retention.cutoff()).isEqualTo(Instant.parse("2026-02-28T13:00:00Z"));
	}

	@Test
	void aRetentionOfNothingIsRefused() {
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		assertThatIllegalStateException()
			.isThrownBy(() -> new FeedbackRetention(this.items, this.audit, Period.ZERO, clock));
		assertThatIllegalStateException()
			.isThrownBy(() -> new FeedbackRetention(this.items, this.audit, Period.ofMonths(-1), clock));
	}

	@Test
	void theApplicationKeepsTwelveMonthsAndRunsTheJobNightly() {
		Instant now = Instant.now();
		ZonedDateTime london = now.atZone(LondonTime.ZONE);
		feedback(london.minusMonths(13).toInstant(), "Thirteen months old");
		feedback(london.minusMonths(11).toInstant(), "Eleven months old");

		assertThat(this.configured.cutoff()).isCloseTo(london.minusMonths(12).toInstant(),
				within(Duration.ofMinutes(1)));
		assertThat(this.configured.deleteExpired()).isEqualTo(1);
		assertThat(this.items.findAll()).extracting(Feedback::getDoing).containsExactly("Eleven months old");

		Scheduled nightly = AnnotationUtils
			.findAnnotation(ReflectionUtils.findMethod(FeedbackRetention.class, "deleteExpired"), Scheduled.class);
		assertThat(nightly).isNotNull();
		assertThat(this.environment.resolvePlaceholders(nightly.cron())).isEqualTo("0 30 3 * * *");
		assertThat(nightly.zone()).isEqualTo("Europe/London");
	}

	/** Outside Spring, so without the proxy's transaction. */
	private int deleteExpired(FeedbackRetention retention) {
		Integer deleted = this.transactions.execute((status) -> retention.deleteExpired());
		return (deleted != null) ? deleted : -1;
	}

	private void feedback(Instant at, String doing) {
		this.items.save(new Feedback(doing, null, null, null, "/news", "hash", Clock.fixed(at, ZoneOffset.UTC)));
	}

}
