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

	/**
	 * What the press office chooses from: cash is typed in pounds and stored in pence.
	 */
	public String label() {
		return switch (this) {
			case COUNT -> "Number";
			case PENCE -> "Pounds (£)";
			case GRAMS -> "Grams (g)";
			case KILOGRAMS -> "Kilograms (kg)";
			case WRAPS -> "Wraps";
			case PILLS -> "Pills";
			case PLANTS -> "Plants";
		};
	}

	/** How a sentence names the unit: "recorded as pounds and pence". */
	public String phrase() {
		return switch (this) {
			case COUNT -> "a number";
			case PENCE -> "pounds and pence";
			case GRAMS -> "grams";
			case KILOGRAMS -> "kilograms";
			case WRAPS -> "wraps";
			case PILLS -> "pills";
			case PLANTS -> "plants";
		};
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
