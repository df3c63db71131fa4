package uk.policenewsroom.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the press office's emails are sent.
 *
 * @param from the sender, as an address or {@code Name <address>}
 * @param maxAttempts how many tries before an email is marked failed for an admin
 * @param firstRetry the wait after the first failed try; each later wait doubles
 * @param keepSent how long sent emails are kept before they are deleted
 */
@ConfigurationProperties("newsroom.notifications")
record NotificationProperties(String from, Integer maxAttempts, Duration firstRetry, Duration keepSent) {

	NotificationProperties {
		if (from == null || from.isBlank()) {
			from = "Police Newsroom <newsroom@localhost>";
		}
		if (maxAttempts == null || maxAttempts < 1) {
			maxAttempts = 5;
		}
		if (firstRetry == null) {
			firstRetry = Duration.ofMinutes(1);
		}
		if (keepSent == null) {
			keepSent = Duration.ofDays(30);
		}
	}

}
