package uk.policenewsroom.operations;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * One row of results as the press office types it. The quantity is text, so that "96,509"
 * and "145.92" can be read the way people write them and anything else gets a message
 * rather than a conversion error. Cash is typed in pounds and stored in pence.
 */
public class TallyRowForm {

	static final int DESCRIPTION_MAX = 200;

	/** The column is numeric(15, 3): at most 12 figures before the point. */
	private static final BigDecimal TOO_LARGE = BigDecimal.TEN.pow(12);

	private static final Pattern NUMBER = Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+");

	@NotNull(message = "Choose what the row counts")
	private TallyKind kind;

	@Size(max = DESCRIPTION_MAX, message = "Description must be {max} characters or fewer")
	private String description;

	private DrugClass drugClass;

	private String quantity;

	private Unit unit;

	private boolean approximate;

	/**
	 * Why the row is changed: always needed to change a row, and to add or remove one
	 * once the operation is published.
	 */
	@Size(max = Operation.REASON_MAX, message = "Reason must be {max} characters or fewer")
	private String rowReason;

	/** The version of the operation the row was read from, when changing a row. */
	private Long version;

	/** The form filled in with what a row says now, to change it. */
	static TallyRowForm of(TallyLine line, long version) {
		TallyRowForm form = new TallyRowForm();
		form.kind = line.kind();
		form.description = line.description();
		form.drugClass = line.drugClass();
		form.quantity = (line.unit() == Unit.PENCE) ? Amounts.money(line.quantity())
				: line.quantity().stripTrailingZeros().toPlainString();
		form.unit = line.unit();
		form.approximate = line.approximate();
		form.version = version;
		return form;
	}

	/**
	 * The row, or {@code null} once its problems are rejected into {@code errors}. Every
	 * rule of {@link TallyLine} is checked here first, with a message for a person; the
	 * line's own checks remain the last word.
	 */
	TallyLine line(Errors errors) {
		Unit measure = measure(errors);
		if (this.kind != null && this.kind.needsDescription() && isBlank(this.description)) {
			errors.rejectValue("description", "row.description", (this.kind == TallyKind.DRUGS)
					? "Enter the name of the drug, like Heroin" : "Describe what was counted");
		}
		if (this.kind != null && this.kind != TallyKind.DRUGS && this.drugClass != null) {
			errors.rejectValue("drugClass", "row.drugClass",
					"Only drugs have a class: choose no class for " + this.kind.phrase());
		}
		BigDecimal amount = amount(errors, measure);
		if (errors.hasErrors()) {
			return null;
		}
		try {
			return new TallyLine(this.kind, this.description, this.drugClass, amount, measure, this.approximate);
		}
		catch (TallyLine.Invalid ex) {
			errors.rejectValue(field(ex.part()), "row.invalid", ex.getMessage());
			return null;
		}
	}

	/** The unit chosen; a kind measured only one way needs no choice. */
	private Unit measure(Errors errors) {
		if (this.kind == null) {
			return this.unit;
		}
		if (this.unit == null && this.kind.units().size() == 1) {
			return this.kind.units().iterator().next();
		}
		if (this.unit == null || !this.kind.allows(this.unit)) {
			String allowed = this.kind.units().stream().map(Unit::phrase).collect(Collectors.joining(", "));
			int last = allowed.lastIndexOf(", ");
			if (last >= 0) {
				allowed = allowed.substring(0, last) + " or " + allowed.substring(last + 2);
			}
			errors.rejectValue("unit", "row.unit", this.kind.label() + " can only be recorded as " + allowed);
			return null;
		}
		return this.unit;
	}

	/** The quantity in the unit stored: pence for cash. */
	private BigDecimal amount(Errors errors, Unit measure) {
		boolean cash = measure == Unit.PENCE;
		String text = (this.quantity != null) ? this.quantity.strip() : "";
		if (cash && text.startsWith("£")) {
			text = text.substring(1).strip();
		}
		if (text.isEmpty()) {
			errors.rejectValue("quantity", "row.quantity", cash ? "Enter the cash in pounds" : "Enter the quantity");
			return null;
		}
		if (text.startsWith("-") || text.startsWith("\u2212")) {
			errors.rejectValue("quantity", "row.quantity.negative", "The quantity cannot be negative");
			return null;
		}
		if (!NUMBER.matcher(text).matches()) {
			errors.rejectValue("quantity", "row.quantity.number",
					cash ? "Enter the cash in pounds as a number, like 96,509 or 96,509.50"
							: "Enter the quantity as a number, like 145.92 or 1,149");
			return null;
		}
		BigDecimal amount = new BigDecimal(text.replace(",", "")).stripTrailingZeros();
		if (amount.scale() > (cash ? 2 : 3)) {
			errors.rejectValue("quantity", "row.quantity.scale",
					cash ? "Enter the cash to the nearest penny, like 96,509.50"
							: "The quantity can have at most 3 decimal places");
			return null;
		}
		if (cash) {
			amount = amount.movePointRight(2);
		}
		if (measure != null && measure.isWhole() && amount.scale() > 0) {
			String what = (measure != Unit.COUNT) ? measure.label()
					: (this.kind != null) ? this.kind.label() : "The quantity";
			errors.rejectValue("quantity", "row.quantity.whole", what + " must be a whole number");
			return null;
		}
		if (amount.compareTo(TOO_LARGE) >= 0) {
			errors.rejectValue("quantity", "row.quantity.large", "The quantity is too large");
			return null;
		}
		return (amount.scale() < 0) ? amount.setScale(0) : amount;
	}

	private static String field(TallyLine.Part part) {
		return switch (part) {
			case QUANTITY -> "quantity";
			case UNIT -> "unit";
			case DESCRIPTION -> "description";
			case DRUG_CLASS -> "drugClass";
		};
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public TallyKind getKind() {
		return this.kind;
	}

	public void setKind(TallyKind kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public DrugClass getDrugClass() {
		return this.drugClass;
	}

	public void setDrugClass(DrugClass drugClass) {
		this.drugClass = drugClass;
	}

	public String getQuantity() {
		return this.quantity;
	}

	public void setQuantity(String quantity) {
		this.quantity = quantity;
	}

	public Unit getUnit() {
		return this.unit;
	}

	public void setUnit(Unit unit) {
		this.unit = unit;
	}

	public String getRowReason() {
		return this.rowReason;
	}

	public void setRowReason(String rowReason) {
		this.rowReason = (rowReason != null) ? rowReason.replace("\r\n", "\n") : null;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public boolean isApproximate() {
		return this.approximate;
	}

	public void setApproximate(boolean approximate) {
		this.approximate = approximate;
	}

}
