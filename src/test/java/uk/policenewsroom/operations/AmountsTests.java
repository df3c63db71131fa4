package uk.policenewsroom.operations;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How quantities are written on every page: weights over 1,000 g in kilograms, and no
 * figure ever rounded.
 */
class AmountsTests {

	@ParameterizedTest(name = "{0} {1} is shown as {2}")
	@CsvSource(delimiter = '|', textBlock = """
			1250      | GRAMS     | 1.25 kg
			1645.92   | GRAMS     | 1.64592 kg
			1645.923  | GRAMS     | 1.645923 kg
			1000.001  | GRAMS     | 1.000001 kg
			1000      | GRAMS     | 1,000 g
			999.999   | GRAMS     | 999.999 g
			145.920   | GRAMS     | 145.92 g
			0.5       | GRAMS     | 0.5 g
			1250000   | GRAMS     | 1,250 kg
			1.5       | KILOGRAMS | 1.5 kg
			1149      | WRAPS     | 1,149 wraps
			49        | COUNT     | 49
			9650950   | PENCE     | £96,509.50
			9650900   | PENCE     | £96,509
			""")
	void quantitiesAreShownInTheirUnit(String quantity, Unit unit, String shown) {
		assertThat(Amounts.shown(new BigDecimal(quantity), unit)).isEqualTo(shown);
	}

	@Test
	void nothingIsRoundedAway() {
		assertThat(Amounts.number(new BigDecimal("0.0005"))).isEqualTo("0.0005");
		assertThat(Amounts.number(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.891");
		assertThat(Amounts.number(new BigDecimal("1.2500"))).isEqualTo("1.25");
		assertThat(Amounts.number(new BigDecimal("1E+3"))).isEqualTo("1,000");
	}

	@Test
	void aTotalOfGramsAndKilogramsOverAKilogramIsShownInKilograms() {
		Tally tally = Tally.of(List.of(TallyLine.drug("Heroin", DrugClass.A, "145.92", Unit.GRAMS),
				TallyLine.drug("Cocaine", DrugClass.A, "1.5", Unit.KILOGRAMS)));
		assertThat(tally.total(TallyKind.DRUGS, DrugClass.A, Unit.GRAMS).orElseThrow().value()).isEqualTo("1.64592 kg");
	}

}
