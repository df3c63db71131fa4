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
			throw new IllegalArgumentException("A quantity cannot be negative");
		}
		if (!kind.allows(unit)) {
			throw new IllegalArgumentException(kind.label() + " cannot be measured in " + unit);
		}
		if (unit.isWhole() && quantity.stripTrailingZeros().scale() > 0) {
			throw new IllegalArgumentException(kind.label() + " must be a whole number");
		}
		if (kind.needsDescription() && description == null) {
			throw new IllegalArgumentException(kind.label() + " needs a description");
		}
		if (kind != TallyKind.DRUGS && drugClass != null) {
			throw new IllegalArgumentException("Only drugs have a class");
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

}
