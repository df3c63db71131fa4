package uk.policenewsroom.operations;

import java.math.BigDecimal;

/**
 * The unit of a tally row's quantity. Weights add up with each other (kilograms count as
 * grams); wraps, pills and plants are counted and never added to weights.
 */
public enum Unit {

	COUNT("", true, null), PENCE("p", true, null), GRAMS("g", false, BigDecimal.ONE),
	KILOGRAMS("kg", false, BigDecimal.valueOf(1000)), WRAPS("wraps", true, null), PILLS("pills", true, null),
	PLANTS("plants", true, null);

	private final String symbol;

	private final boolean whole;

	private final BigDecimal grams;

	Unit(String symbol, boolean whole, BigDecimal grams) {
		this.symbol = symbol;
		this.whole = whole;
		this.grams = grams;
	}

	public String symbol() {
		return this.symbol;
	}

	/** Whether quantities in this unit are whole numbers. */
	public boolean isWhole() {
		return this.whole;
	}

	public boolean isWeight() {
		return this.grams != null;
	}

	BigDecimal toGrams(BigDecimal quantity) {
		if (!isWeight()) {
			throw new IllegalStateException(this + " is not a weight");
		}
		return quantity.multiply(this.grams);
	}

}
