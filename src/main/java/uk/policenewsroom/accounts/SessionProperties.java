package uk.policenewsroom.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Press-office sessions.
 *
 * @param absoluteTimeout how long after signing in a session ends, however active the
 * officer has been (12 hours unless set); the inactivity limit is Spring's
 * {@code server.servlet.session.timeout}
 */
@ConfigurationProperties("newsroom.security.session")
record SessionProperties(Duration absoluteTimeout) {

	SessionProperties {
		if (absoluteTimeout == null) {
			absoluteTimeout = Duration.ofHours(12);
		}
		if (absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
			throw new IllegalArgumentException("newsroom.security.session.absolute-timeout must be more than zero");
		}
	}

	/** The lifetime as an officer reads it: "12 hours", "90 minutes". */
	String absoluteTimeoutText() {
		if (this.absoluteTimeout.toMinutesPart() == 0 && this.absoluteTimeout.toHours() > 0) {
			long hours = this.absoluteTimeout.toHours();
			return hours + ((hours == 1) ? " hour" : " hours");
		}
		long minutes = Math.max(1, this.absoluteTimeout.toMinutes());
		return minutes + ((minutes == 1) ? " minute" : " minutes");
	}

}
