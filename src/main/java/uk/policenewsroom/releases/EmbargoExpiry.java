package uk.policenewsroom.releases;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an embargo link shows the release before publication. At publication every
 * link starts sending readers to the live page, whatever its expiry.
 */
public enum EmbargoExpiry {

	ONE_DAY("For 24 hours", Duration.ofDays(1)),

	THREE_DAYS("For 3 days", Duration.ofDays(3)),

	SEVEN_DAYS("For 7 days", Duration.ofDays(7)),

	THIRTY_DAYS("For 30 days", Duration.ofDays(30)),

	UNTIL_PUBLICATION("Until the release is published", null);

	/** What a new link is given unless the officer chooses otherwise. */
	public static final EmbargoExpiry DEFAULT = SEVEN_DAYS;

	private final String label;

	private final Duration lasts;

	EmbargoExpiry(String label, Duration lasts) {
		this.label = label;
		this.lasts = lasts;
	}

	public String label() {
		return this.label;
	}

	/** When a link made at {@code now} expires; null when only publication ends it. */
	Instant from(Instant now) {
		return (this.lasts != null) ? now.plus(this.lasts) : null;
	}

}
