package uk.policenewsroom.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An email's tries: waits that double, failure after the last try, and an admin's fresh
 * start.
 */
class NotificationTests {

	private static final Instant NOW = Instant.parse("2026-03-18T09:00:00Z");

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	@Test
	void aFailedTryIsRetriedAfterAWaitThatDoublesEachTime() {
		Notification notification = new Notification("writer@newsroom.test", "Published: A", "Body", 1L, this.clock);
		assertThat(notification.getNextAttemptAt()).isEqualTo(NOW);

		notification.failed("Connection refused", 5, Duration.ofMinutes(1), this.clock);
		assertThat(notification.getStatus()).isEqualTo(Notification.Status.PENDING);
		assertThat(notification.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));

		notification.failed("Connection refused", 5, Duration.ofMinutes(1), this.clock);
		assertThat(notification.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));

		notification.failed("Connection refused", 5, Duration.ofMinutes(1), this.clock);
		assertThat(notification.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
		assertThat(notification.getAttempts()).isEqualTo(3);
		assertThat(notification.getLastError()).isEqualTo("Connection refused");
	}

	@Test
	void afterTheLastTryItIsFailedUntilAnAdminTriesAgain() {
		Notification notification = new Notification("writer@newsroom.test", "Published: A", "Body", 1L, this.clock);
		notification.failed("Timeout", 2, Duration.ofMinutes(1), this.clock);
		assertThat(notification.retry(this.clock)).as("only a failed email is retried").isFalse();
		notification.failed("Timeout", 2, Duration.ofMinutes(1), this.clock);
		assertThat(notification.getStatus()).isEqualTo(Notification.Status.FAILED);

		assertThat(notification.retry(this.clock)).isTrue();
		assertThat(notification.getStatus()).isEqualTo(Notification.Status.PENDING);
		assertThat(notification.getAttempts()).isZero();
		assertThat(notification.getNextAttemptAt()).isEqualTo(NOW);
	}

	@Test
	void aSentEmailIsNotRetried() {
		Notification notification = new Notification("writer@newsroom.test", "Published: A", "Body", 1L, this.clock);
		notification.sent(this.clock);
		assertThat(notification.getStatus()).isEqualTo(Notification.Status.SENT);
		assertThat(notification.retry(this.clock)).isFalse();
	}

}
