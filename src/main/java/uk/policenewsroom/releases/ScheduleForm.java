package uk.policenewsroom.releases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import uk.policenewsroom.site.DateInput;
import uk.policenewsroom.site.LondonTime;

/**
 * When to publish a release: the day, month and year in three boxes (the
 * {@code date-input} fragment with prefix {@code date}), and the hour and minute, in UK
 * time. Every mistake is reported against the box that holds it.
 */
public class ScheduleForm {

	private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

	private String dateDay;

	private String dateMonth;

	private String dateYear;

	private String hour;

	private String minute;

	/**
	 * The time chosen, or null after rejecting the box that is wrong: a date that does
	 * not exist, a time the clocks skip, or a time not in the future.
	 */
	Instant read(Errors errors, Clock clock) {
		LocalDate date = DateInput.read(errors, "date", "Publication date", this.dateDay, this.dateMonth,
				this.dateYear);
		Integer h = part(errors, "hour", this.hour, 23, "Enter the hour, from 0 to 23");
		Integer m = part(errors, "minute", this.minute, 59, "Enter the minutes, from 0 to 59");
		if (date == null || h == null || m == null) {
			return null;
		}
		LocalDateTime local = LocalDateTime.of(date, LocalTime.of(h, m));
		ZonedDateTime london = local.atZone(LondonTime.ZONE);
		if (!london.toLocalDateTime().equals(local)) {
			errors.rejectValue("hour", "time.skipped",
					"That time does not exist in the UK on that day: the clocks go forward. Choose another time");
			return null;
		}
		Instant at = london.toInstant();
		if (!at.isAfter(clock.instant())) {
			errors.rejectValue("dateDay", "time.past", "The publication time must be in the future");
			return null;
		}
		return at;
	}

	private static Integer part(Errors errors, String field, String typed, int max, String message) {
		String value = (typed != null) ? typed.strip() : "";
		if (!NUMBER.matcher(value).matches() || Integer.parseInt(value) > max) {
			errors.rejectValue(field, "time." + field, message);
			return null;
		}
		return Integer.parseInt(value);
	}

	public String getDateDay() {
		return this.dateDay;
	}

	public void setDateDay(String dateDay) {
		this.dateDay = dateDay;
	}

	public String getDateMonth() {
		return this.dateMonth;
	}

	public void setDateMonth(String dateMonth) {
		this.dateMonth = dateMonth;
	}

	public String getDateYear() {
		return this.dateYear;
	}

	public void setDateYear(String dateYear) {
		this.dateYear = dateYear;
	}

	public String getHour() {
		return this.hour;
	}

	public void setHour(String hour) {
		this.hour = hour;
	}

	public String getMinute() {
		return this.minute;
	}

	public void setMinute(String minute) {
		this.minute = minute;
	}

}
