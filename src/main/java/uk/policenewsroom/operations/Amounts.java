package uk.policenewsroom.operations;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How every page writes a quantity: the one place that decides it. Figures are never
 * rounded: a weight is shown with every decimal it was recorded with, so a total never
 * reads bigger or smaller than the rows it adds up. Weights over 1,000 g are shown in
 * kilograms (1,250 g is 1.25 kg) because that is how people read them.
 */
public final class Amounts {

	private static final BigDecimal GRAMS_IN_A_KILOGRAM = BigDecimal.valueOf(1000);

	private Amounts() {
	}

	/** "49", "£96,509.50", "145.92 g", "1.25 kg", "1,149 wraps". */
	public static String shown(BigDecimal quantity, Unit unit) {
		if (unit == Unit.PENCE) {
			return money(quantity);
		}
		if (unit == Unit.GRAMS && quantity.compareTo(GRAMS_IN_A_KILOGRAM) > 0) {
			return number(quantity.movePointLeft(3)) + " " + Unit.KILOGRAMS.symbol();
		}
		String number = number(quantity);
		return (unit == Unit.COUNT) ? number : number + " " + unit.symbol();
	}

	/**
	 * Pence as pounds: "£96,509", or with the pence when there are some: "£96,509.50".
	 */
	public static String money(BigDecimal pence) {
		BigDecimal pounds = pence.movePointLeft(2);
		DecimalFormat format = new DecimalFormat((pounds.stripTrailingZeros().scale() > 0) ? "£#,##0.00" : "£#,##0",
				DecimalFormatSymbols.getInstance(Locale.UK));
		return format.format(pounds);
	}

	/**
	 * A number with thousands separated and every significant decimal kept: "1,149",
	 * "145.92", "1.645923".
	 */
	public static String number(BigDecimal number) {
		BigDecimal exact = number.stripTrailingZeros();
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
		format.setMaximumFractionDigits(Math.max(exact.scale(), 0));
		format.setMinimumFractionDigits(Math.max(exact.scale(), 0));
		return format.format(exact);
	}

}
