package uk.policenewsroom.accounts;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.validation.Errors;

import uk.policenewsroom.site.DateInput;
import uk.policenewsroom.site.LondonTime;

/**
 * The audit log's filter, as its form sends it: who, which action, what about (a kind of
 * thing, and optionally one of them: a release's or an operation's trail), and a range of
 * days in London, each date as day, month and year boxes.
 */
public class AuditFilterForm {

	private String actor;

	private String action;

	private String subject;

	private Long subjectId;

	private String fromDay;

	private String fromMonth;

	private String fromYear;

	private String toDay;

	private String toMonth;

	private String toYear;

	/** The filter, or null after rejecting the fields that are wrong. */
	Filter read(Errors errors) {
		LocalDate from = DateInput.readOptional(errors, "from", "From date", this.fromDay, this.fromMonth,
				this.fromYear);
		LocalDate to = DateInput.readOptional(errors, "to", "To date", this.toDay, this.toMonth, this.toYear);
		if (from != null && to != null && to.isBefore(from)) {
			errors.rejectValue("toDay", "date.order", "The to date must be the same as or after the from date");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Filter(blankToNull(this.actor), blankToNull(this.action), blankToNull(this.subject), this.subjectId,
				(from != null) ? from.atStartOfDay(LondonTime.ZONE).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant() : null);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String getActor() {
		return this.actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public Long getSubjectId() {
		return this.subjectId;
	}

	public void setSubjectId(Long subjectId) {
		this.subjectId = subjectId;
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

	/** What the audit log is narrowed to; nulls match everything. */
	record Filter(String actor, String action, String subjectType, Long subjectId, Instant from, Instant to) {

	}

}
