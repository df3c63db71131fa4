package uk.policenewsroom.operations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import uk.policenewsroom.operations.OperationEditing.Details;
import uk.policenewsroom.operations.OperationViews.OperationRecord;
import uk.policenewsroom.site.DateInput;

/**
 * An operation's details as the press office types them. {@code version} is the version
 * of the operation the form was filled in from, so that a save over somebody else's newer
 * changes is refused rather than silently undoing them.
 */
public class OperationForm {

	static final int NAME_MAX = 200;

	static final int CODE_NAME_MAX = 100;

	static final int LED_BY_MAX = 200;

	static final int SUMMARY_MAX = 1000;

	@NotBlank(message = "Enter the name of the operation")
	@Size(max = NAME_MAX, message = "Name must be {max} characters or fewer")
	private String name;

	@Size(max = CODE_NAME_MAX, message = "Code name must be {max} characters or fewer")
	private String codeName;

	@NotBlank(message = "Enter the unit responsible, like Serious Violence Unit")
	@Size(max = LED_BY_MAX, message = "Unit responsible must be {max} characters or fewer")
	private String ledBy;

	private String startDay;

	private String startMonth;

	private String startYear;

	private String endDay;

	private String endMonth;

	private String endYear;

	@NotBlank(message = "Enter a summary of the operation")
	@Size(max = SUMMARY_MAX, message = "Summary must be {max} characters or fewer")
	private String summary;

	private List<Long> areas = new ArrayList<>();

	private Long version;

	/** Why: needed when the change corrects a published operation. */
	@Size(max = Operation.REASON_MAX, message = "Reason must be {max} characters or fewer")
	private String reason;

	static OperationForm of(OperationRecord operation) {
		OperationForm form = new OperationForm();
		form.name = operation.name();
		form.codeName = operation.codeName();
		form.ledBy = operation.unit();
		form.setStart(operation.startDate());
		form.setEnd(operation.endDate());
		form.summary = operation.summary();
		form.areas = new ArrayList<>(operation.areaIds());
		form.version = operation.version();
		return form;
	}

	/**
	 * The details, or {@code null} once the dates' problems are rejected into
	 * {@code errors}. Bean Validation has already checked the other fields.
	 */
	Details details(Errors errors) {
		LocalDate start = DateInput.read(errors, "start", "Start date", this.startDay, this.startMonth, this.startYear);
		LocalDate end = DateInput.read(errors, "end", "End date", this.endDay, this.endMonth, this.endYear);
		if (start != null && end != null && end.isBefore(start)) {
			errors.rejectValue("endDay", "date.order", "End date must be the same as or after the start date");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Details(this.name, this.codeName, this.ledBy, start, end, this.summary,
				new LinkedHashSet<>(this.areas));
	}

	private void setStart(LocalDate date) {
		this.startDay = DateInput.day(date);
		this.startMonth = DateInput.month(date);
		this.startYear = DateInput.year(date);
	}

	private void setEnd(LocalDate date) {
		this.endDay = DateInput.day(date);
		this.endMonth = DateInput.month(date);
		this.endYear = DateInput.year(date);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCodeName() {
		return this.codeName;
	}

	public void setCodeName(String codeName) {
		this.codeName = codeName;
	}

	public String getLedBy() {
		return this.ledBy;
	}

	public void setLedBy(String ledBy) {
		this.ledBy = ledBy;
	}

	public String getStartDay() {
		return this.startDay;
	}

	public void setStartDay(String startDay) {
		this.startDay = startDay;
	}

	public String getStartMonth() {
		return this.startMonth;
	}

	public void setStartMonth(String startMonth) {
		this.startMonth = startMonth;
	}

	public String getStartYear() {
		return this.startYear;
	}

	public void setStartYear(String startYear) {
		this.startYear = startYear;
	}

	public String getEndDay() {
		return this.endDay;
	}

	public void setEndDay(String endDay) {
		this.endDay = endDay;
	}

	public String getEndMonth() {
		return this.endMonth;
	}

	public void setEndMonth(String endMonth) {
		this.endMonth = endMonth;
	}

	public String getEndYear() {
		return this.endYear;
	}

	public void setEndYear(String endYear) {
		this.endYear = endYear;
	}

	public String getSummary() {
		return this.summary;
	}

	/**
	 * Browsers send line breaks as CRLF but count them as one character against
	 * {@code maxlength}; counting them as one here too keeps the two limits the same.
	 */
	public void setSummary(String summary) {
		this.summary = (summary != null) ? summary.replace("\r\n", "\n") : null;
	}

	public List<Long> getAreas() {
		return this.areas;
	}

	public void setAreas(List<Long> areas) {
		this.areas = (areas != null) ? areas : new ArrayList<>();
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = (reason != null) ? reason.replace("\r\n", "\n") : null;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
