package uk.policenewsroom.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackStatusTests {

	private final Feedback feedback = new Feedback("Reading", null, Rating.GOOD, null, "/news", "hash",
			Clock.fixed(Instant.parse("2026-03-18T09:15:00Z"), ZoneOffset.UTC));

	@Test
	void newFeedbackIsNew() {
		assertThat(this.feedback.getStatus()).isEqualTo(FeedbackStatus.NEW);
	}

	@Test
	void itMovesBetweenStatusesAndSaysWhetherItChanged() {
		assertThat(this.feedback.markRead()).isTrue();
		assertThat(this.feedback.getStatus()).isEqualTo(FeedbackStatus.READ);
		assertThat(this.feedback.markRead()).isFalse();
		assertThat(this.feedback.markActioned()).isTrue();
		assertThat(this.feedback.getStatus()).isEqualTo(FeedbackStatus.ACTIONED);
		assertThat(this.feedback.markActioned()).isFalse();
		assertThat(this.feedback.markNew()).isTrue();
		assertThat(this.feedback.getStatus()).isEqualTo(FeedbackStatus.NEW);
		assertThat(this.feedback.markNew()).isFalse();
	}

	@Test
	void statusCodesAreWhatTheFilterAndCsvUse() {
		assertThat(FeedbackStatus.fromCode("new")).isEqualTo(FeedbackStatus.NEW);
		assertThat(FeedbackStatus.fromCode("READ")).isEqualTo(FeedbackStatus.READ);
		assertThat(FeedbackStatus.fromCode("actioned")).isEqualTo(FeedbackStatus.ACTIONED);
		assertThat(FeedbackStatus.fromCode("done")).isNull();
		assertThat(FeedbackStatus.ACTIONED.code()).isEqualTo("actioned");
	}

}
