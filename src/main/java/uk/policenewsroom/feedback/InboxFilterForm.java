package uk.policenewsroom.feedback;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.Errors;

import uk.policenewsroom.site.DateInput;
import uk.policenewsroom.site.LondonTime;

/**
 * The inbox's filter as its form sends it, and as every form on the page sends it back,
 * so that marking feedback returns to the same list.
 */
public class InboxFilterForm {

	private String path;

	private String rating;

	private String status;

	private String q;

	private String fromDay;

	private String fromMonth;

	private String fromYear;

	private String toDay;

	private String toMonth;

	private String toYear;

	/**
	 * The filter, or null after rejecting the date that is wrong.
	 * @throws IllegalArgumentException for a value the form could not have sent
	 */
	InboxFilter read(Errors errors) {
		InboxFilter filter = InboxFilter.of(this.path, this.rating, this.status);
		LocalDate from = DateInput.readOptional(errors, "from", "From date", this.fromDay, this.fromMonth,
				this.fromYear);
		LocalDate to = DateInput.readOptional(errors, "to", "To date", this.toDay, this.toMonth, this.toYear);
		if (from != null && to != null && to.isBefore(from)) {
			errors.rejectValue("toDay", "date.order", "The to date must be the same as or after the from date");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return filter.with(this.q, (from != null) ? from.atStartOfDay(LondonTime.ZONE).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant() : null);
	}

	/** The filter's parameters that are set, in the order the form sends them. */
	public Map<String, String> params() {
		Map<String, String> params = new LinkedHashMap<>();
		put(params, "path", this.path);
		put(params, "rating", this.rating);
		put(params, "status", this.status);
		put(params, "q", this.q);
		put(params, "fromDay", this.fromDay);
		put(params, "fromMonth", this.fromMonth);
		put(params, "fromYear", this.fromYear);
		put(params, "toDay", this.toDay);
		put(params, "toMonth", this.toMonth);
		put(params, "toYear", this.toYear);
		return params;
	}

	private static void put(Map<String, String> params, String name, String value) {
		if (value != null && !value.isBlank()) {
			params.put(name, value.strip());
		}
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public String getRating() {
		return this.rating;
	}

	public void setRating(String rating) {
		this.rating = rating;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
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

}
