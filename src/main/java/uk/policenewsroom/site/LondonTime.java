package uk.policenewsroom.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Times are stored as UTC instants and always shown to people in Europe/London, the way a
 * UK police force writes them: "11:50, 18 March 2022".
 */
public final class LondonTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm, d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.UK);

	private LondonTime() {
	}

	public static Shown of(Instant instant) {
		if (instant == null) {
			return null;
		}
		var local = instant.atZone(ZONE);
		// Whole seconds: HTML's datetime allows at most three digits of a fraction.
		return new Shown(instant, instant.truncatedTo(ChronoUnit.SECONDS).toString(), DATE_TIME.format(local),
				DATE.format(local));
	}

	public static String date(LocalDate date) {
		return DATE.format(date);
	}

	/**
	 * "7 to 13 March 2022", "28 February to 6 March 2022", "30 December 2021 to 5 January
	 * 2022", or one date when both are the same.
	 */
	public static String dateRange(LocalDate start, LocalDate end) {
		if (start.equals(end)) {
			return DATE.format(start);
		}
		if (start.getYear() != end.getYear()) {
			return DATE.format(start) + " to " + DATE.format(end);
		}
		if (start.getMonth() != end.getMonth()) {
			return DAY_MONTH.format(start) + " to " + DATE.format(end);
		}
		return DAY.format(start) + " to " + DATE.format(end);
	}

	/**
	 * An instant as a page shows it: {@code iso} for the {@code datetime} attribute,
	 * {@code text} with the time, {@code date} without it.
	 */
	public record Shown(Instant instant, String iso, String text, String date) {

	}

}
