package uk.policenewsroom.operations;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TallyTests {

	/** The county lines intensification week, as the press office recorded it. */
	private static final List<TallyLine> COUNTY_LINES_WEEK = List.of(TallyLine.count(TallyKind.ARRESTS, 49),
			TallyLine.count(TallyKind.CHARGED, 11), TallyLine.count(TallyKind.COUNTY_LINES_DISRUPTED, 8),
			TallyLine.cash(9_650_900, false), TallyLine.drug("Heroin", DrugClass.A, "145.92", Unit.GRAMS),
			TallyLine.drug("Crack cocaine", DrugClass.A, "126", Unit.GRAMS),
			TallyLine.drug("Cocaine", DrugClass.A, "30.5", Unit.GRAMS),
			TallyLine.drug("Cocaine", DrugClass.A, "1149", Unit.WRAPS),
			TallyLine.drug("Ketamine", DrugClass.B, "11", Unit.GRAMS), TallyLine.count(TallyKind.WEAPONS, "Knives", 3),
			TallyLine.count(TallyKind.WEAPONS, "Machetes", 2));

	@Test
	void classADrugsByWeightAddUpTheLooseDrugsAndNameTheirRows() {
		Tally.Total classA = Tally.of(COUNTY_LINES_WEEK).total(TallyKind.DRUGS, DrugClass.A, Unit.GRAMS).orElseThrow();
		assertThat(classA.amount()).isEqualByComparingTo("302.42");
		assertThat(classA.value()).isEqualTo("302.42 g");
		assertThat(classA.rows()).containsExactly(5, 6, 7);
		assertThat(classA.label()).isEqualTo("Class A drugs by weight");
	}

	@Test
	void wrapsAreNeverAddedToWeights() {
		Tally tally = Tally.of(COUNTY_LINES_WEEK);
		Tally.Total wraps = tally.total(TallyKind.DRUGS, DrugClass.A, Unit.WRAPS).orElseThrow();
		assertThat(wraps.value()).isEqualTo("1,149 wraps");
		assertThat(wraps.rows()).containsExactly(8);
		assertThat(tally.total(TallyKind.DRUGS, DrugClass.B, Unit.GRAMS).orElseThrow().value()).isEqualTo("11 g");
	}

	@Test
	void kilogramsAndGramsAddUpInGrams() {
		Tally tally = Tally.of(List.of(TallyLine.drug("Cannabis", DrugClass.B, "1.25", Unit.KILOGRAMS),
				TallyLine.drug("Cannabis resin", DrugClass.B, "250.5", Unit.GRAMS)));
		Tally.Total total = tally.total(TallyKind.DRUGS, DrugClass.B, Unit.GRAMS).orElseThrow();
		assertThat(total.amount()).isEqualByComparingTo("1500.5");
		assertThat(total.value()).as("over 1,000 g, shown in kilograms").isEqualTo("1.5005 kg");
	}

	@Test
	void cashIsCountedInPenceAndShownInPounds() {
		Tally tally = Tally.of(List.of(TallyLine.cash(9_650_900, false), TallyLine.cash(1_050, false)));
		Tally.Total cash = tally.total(TallyKind.CASH, null, Unit.PENCE).orElseThrow();
		assertThat(cash.amount()).isEqualByComparingTo("9651950");
		assertThat(cash.value()).isEqualTo("£96,519.50");
		assertThat(Tally.of(List.of(TallyLine.cash(9_650_900, false))).totals().get(0).value()).isEqualTo("£96,509");
	}

	@Test
	void aTotalIsApproximateWhenAnyOfItsRowsIs() {
		Tally tally = Tally.of(List.of(TallyLine.drug("Cannabis", DrugClass.B, "120", Unit.PLANTS).approx(),
				TallyLine.drug("Cannabis", DrugClass.B, "30", Unit.PLANTS), TallyLine.count(TallyKind.ARRESTS, 4)));
		Tally.Total plants = tally.total(TallyKind.DRUGS, DrugClass.B, Unit.PLANTS).orElseThrow();
		assertThat(plants.amount()).isEqualByComparingTo("150");
		assertThat(plants.approximate()).isTrue();
		assertThat(plants.shown()).isEqualTo("about 150 plants");
		assertThat(tally.total(TallyKind.ARRESTS, null, Unit.COUNT).orElseThrow().approximate()).isFalse();
	}

	@Test
	void countsAddUpAcrossRowsOfTheSameKind() {
		Tally tally = Tally.of(COUNTY_LINES_WEEK);
		assertThat(tally.total(TallyKind.WEAPONS, null, Unit.COUNT).orElseThrow().amount()).isEqualByComparingTo("5");
		assertThat(tally.total(TallyKind.ARRESTS, null, Unit.COUNT).orElseThrow().value()).isEqualTo("49");
	}

	@Test
	void totalsComeInAFixedOrder() {
		assertThat(Tally.of(COUNTY_LINES_WEEK).totals()).extracting(Tally.Total::label)
			.containsExactly("Arrests", "People charged", "County lines disrupted", "Cash seized",
					"Class A drugs by weight", "Class A drugs in wraps", "Class B drugs by weight", "Weapons seized");
	}

	@Test
	void anEmptyTallyHasNoTotals() {
		assertThat(Tally.of(List.of()).totals()).isEmpty();
	}

	@Test
	void rowsThatDoNotAddUpAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TallyLine(TallyKind.ARRESTS, null, null, new BigDecimal("-1"), Unit.COUNT, false));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TallyLine(TallyKind.ARRESTS, null, null, new BigDecimal("2.5"), Unit.COUNT, false));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TallyLine(TallyKind.CASH, null, null, BigDecimal.TEN, Unit.GRAMS, false));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TallyLine(TallyKind.DRUGS, " ", DrugClass.A, BigDecimal.TEN, Unit.GRAMS, false));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new TallyLine(TallyKind.WEAPONS, "Knife", DrugClass.A, BigDecimal.ONE, Unit.COUNT, false));
	}

}
