package uk.policenewsroom.accounts;

import java.time.Instant;

import org.springframework.validation.Errors;

import uk.policenewsroom.site.DateRangeForm;

/**
 * The audit log's filter, as its form sends it: who, which action, what about (a kind of
 * thing, and optionally one of them: a release's or an operation's trail), and a range of
 * days in London, each date as day, month and year boxes.
 */
public class AuditFilterForm extends DateRangeForm {

	private String actor;

	private String action;

	private String subject;

	private Long subjectId;

	/** The filter, or null after rejecting the fields that are wrong. */
	Filter read(Errors errors) {
		Range range = readRange(errors);
		if (range == null) {
			return null;
		}
		return new Filter(blankToNull(this.actor), blankToNull(this.action), blankToNull(this.subject), this.subjectId,
				range.from(), range.to());
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

	/** What the audit log is narrowed to; nulls match everything. */
	record Filter(String actor, String action, String subjectType, Long subjectId, Instant from, Instant to) {

	}

}
