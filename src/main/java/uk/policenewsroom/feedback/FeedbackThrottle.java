package uk.policenewsroom.feedback;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.policenewsroom.site.ThrottleBuckets;

/**
 * How much feedback one client may send: a Bucket4j bucket per client hash, kept in
 * PostgreSQL so every instance counts the same sends. A person sends one or two messages;
 * a scanner sends a hundred in seconds.
 */
@Component
class FeedbackThrottle {

	static final int SENDS = 5;

	static final Duration WINDOW = Duration.ofMinutes(10);

	private static final BucketConfiguration PER_CLIENT = BucketConfiguration.builder()
		.addLimit((limit) -> limit.capacity(SENDS).refillGreedy(SENDS, WINDOW))
		.build();

	private final ThrottleBuckets buckets;

	FeedbackThrottle(DataSource dataSource) {
		this.buckets = new ThrottleBuckets(dataSource, "feedback_buckets");
	}

	/** Takes one send from the client's allowance; false when it has none left. */
	boolean allowsAnother(String clientHash) {
		return this.buckets.bucket(clientHash, () -> PER_CLIENT).tryConsume(1);
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	int removeExpired() {
		return this.buckets.removeExpired();
	}

}
