package uk.policenewsroom.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.validation.Errors;

/**
 * The "from" and "to" days of a filter form, each as day, month and year boxes (the
 * {@code date-input} fragment with prefixes {@code from} and {@code to}). Filter forms
 * extend it.
 */
public abstract class DateRangeForm {

	private String fromDay;

	private String fromMonth;

	private String fromYear;

	private String toDay;

	private String toMonth;

	private String toYear;

	/**
	 * The days chosen, as instants from the start of the first day to the end of the last
	 * in London (either may be open), or null after rejecting the box that is wrong.
	 */
	protected Range readRange(Errors errors) {
		LocalDate from = DateInput.readOptional(errors, "from", "From date", this.fromDay, this.fromMonth,
				this.fromYear);
		LocalDate to = DateInput.readOptional(errors, "to", "To date", this.toDay, this.toMonth, this.toYear);
		if (from != null && to != null && to.isBefore(from)) {
			errors.rejectValue("toDay", "date.order", "The to date must be the same as or after the from date");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Range((from != null) ? from.atStartOfDay(LondonTime.ZONE).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant() : null);
	}

	/** Adds the boxes that are filled in, as the form sends them. */
	protected void putRange(Map<String, String> params) {
		put(params, "fromDay", this.fromDay);
		put(params, "fromMonth", this.fromMonth);
		put(params, "fromYear", this.fromYear);
		put(params, "toDay", this.toDay);
		put(params, "toMonth", this.toMonth);
		put(params, "toYear", this.toYear);
	}

	protected static void put(Map<String, String> params, String name, String value) {
		if (value != null && !value.isBlank()) {
			params.put(name, value.strip());
		}
	}

	public String getFromDay() {
		return this.fromDay;
	}

	public void setFromDay(String fromDay) {
		this.fromDay = fromDay;
	}

	public String getFromMonth() {
		return this.fromMonth;
	}

	public void setFromMonth(String fromMonth) {
		this.fromMonth = fromMonth;
	}

	public String getFromYear() {
		return this.fromYear;
	}

	public void setFromYear(String fromYear) {
		this.fromYear = fromYear;
	}

	public String getToDay() {
		return this.toDay;
	}

	public void setToDay(String toDay) {
		this.toDay = toDay;
	}

	public String getToMonth() {
		return this.toMonth;
	}

	public void setToMonth(String toMonth) {
		this.toMonth = toMonth;
	}

	public String getToYear() {
		return this.toYear;
	}

	public void setToYear(String toYear) {
		this.toYear = toYear;
	}

	/** A range of instants, {@code [from, to)}; null ends are open. */
	public record Range(Instant from, Instant to) {

	}

}
