package uk.policenewsroom.operations;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value of a tally row, checked on creation so that no row can say something that
 * does not add up: a negative quantity, half an arrest, cash in grams, a drug without a
 * name.
 */
public record TallyLine(TallyKind kind, String description, DrugClass drugClass, BigDecimal quantity, Unit unit,
		boolean approximate) {

	public TallyLine {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(quantity, "quantity");
		Objects.requireNonNull(unit, "unit");
		description = (description == null || description.isBlank()) ? null : description.strip();
		if (quantity.signum() < 0) {
			throw new Invalid(Part.QUANTITY, "A quantity cannot be negative");
		}
		if (!kind.allows(unit)) {
			throw new Invalid(Part.UNIT, kind.label() + " cannot be measured in " + unit);
		}
		if (unit.isWhole() && quantity.stripTrailingZeros().scale() > 0) {
			throw new Invalid(Part.QUANTITY, kind.label() + " must be a whole number");
		}
		if (kind.needsDescription() && description == null) {
			throw new Invalid(Part.DESCRIPTION, kind.label() + " needs a description");
		}
		if (kind != TallyKind.DRUGS && drugClass != null) {
			throw new Invalid(Part.DRUG_CLASS, "Only drugs have a class");
		}
	}

	public static TallyLine count(TallyKind kind, long count) {
		return new TallyLine(kind, null, null, BigDecimal.valueOf(count), Unit.COUNT, false);
	}

	public static TallyLine count(TallyKind kind, String description, long count) {
		return new TallyLine(kind, description, null, BigDecimal.valueOf(count), Unit.COUNT, false);
	}

	public static TallyLine cash(long pence, boolean approximate) {
		return new TallyLine(TallyKind.CASH, null, null, BigDecimal.valueOf(pence), Unit.PENCE, approximate);
	}

	public static TallyLine drug(String drug, DrugClass drugClass, String quantity, Unit unit) {
		return new TallyLine(TallyKind.DRUGS, drug, drugClass, new BigDecimal(quantity), unit, false);
	}

	public TallyLine approx() {
		return new TallyLine(this.kind, this.description, this.drugClass, this.quantity, this.unit, true);
	}

	/**
	 * The row in words, as the audit log keeps it: "145.92 g Heroin (Class A)", "about
	 * £96,509 cash seized", "3 Knives (weapons seized)".
	 */
	public String text() {
		StringBuilder text = new StringBuilder(this.approximate ? "about " : "");
		text.append(Amounts.shown(this.quantity, this.unit)).append(' ');
		if (this.kind == TallyKind.DRUGS) {
			text.append(this.unit.isWeight() ? "" : "of ").append(this.description);
			if (this.drugClass != null) {
				text.append(" (").append(this.drugClass.label()).append(')');
			}
		}
		else if (this.description != null) {
			text.append(this.description).append(" (").append(this.kind.phrase()).append(')');
		}
		else {
			text.append(this.kind.phrase());
		}
		return text.toString();
	}

	/**
	 * Which part of a row a problem is with, so a form can show it next to that field.
	 */
	public enum Part {

		QUANTITY, UNIT, DESCRIPTION, DRUG_CLASS

	}

	/** A row that cannot be true, and which part of it is wrong. */
	public static final class Invalid extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		private final Part part;

		Invalid(Part part, String message) {
			super(message);
			this.part = part;
		}

		public Part part() {
			return this.part;
		}

	}

}
