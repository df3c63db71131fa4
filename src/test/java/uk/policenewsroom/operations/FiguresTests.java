package uk.policenewsroom.operations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.policenewsroom.areas.AreaView;
import uk.policenewsroom.operations.Figures.Counted;
import uk.policenewsroom.operations.Figures.Sum;
import uk.policenewsroom.operations.Tally.Key;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTests {

	private static final AreaView COLCHESTER = new AreaView("colchester", "Colchester");

	private static final AreaView HARLOW = new AreaView("harlow", "Harlow");

	private static final Key ARRESTS = new Key(TallyKind.ARRESTS, null, Unit.COUNT);

	private static final Key CASH = new Key(TallyKind.CASH, null, Unit.PENCE);

	private static final Key CLASS_A_BY_WEIGHT = new Key(TallyKind.DRUGS, DrugClass.A, Unit.GRAMS);

	private final Counted march = counted("march", LocalDate.of(2022, 3, 13), List.of(COLCHESTER, HARLOW),
			TallyLine.count(TallyKind.ARRESTS, 49), TallyLine.cash(9_650_900, true),
			TallyLine.drug("Heroin", DrugClass.A, "145.92", Unit.GRAMS),
			TallyLine.drug("Cocaine", DrugClass.A, "1.5", Unit.KILOGRAMS),
			TallyLine.drug("Cannabis", DrugClass.B, "12", Unit.PLANTS));

	private final Counted lateMarch = counted("late-march", LocalDate.of(2022, 3, 31), List.of(HARLOW),
			TallyLine.count(TallyKind.ARRESTS, 2), TallyLine.drug("Mephedrone", null, "0.001", Unit.GRAMS));

	private final Counted may = counted("may", LocalDate.of(2022, 5, 20), List.of(COLCHESTER),
			TallyLine.count(TallyKind.ARRESTS, 17), TallyLine.cash(12_345, false));

	private final Counted july = counted("july", LocalDate.of(2022, 7, 2), List.of(),
			TallyLine.count(TallyKind.WEAPONS, "Knives", 3));

	private final Figures figures = new Figures(List.of(this.july, this.may, this.lateMarch, this.march));

	@Test
	void totalsAreTheSumsOfTheOperationsTotalsExactly() {
		Map<Key, Sum> totals = this.figures.totals();
		assertThat(totals.get(ARRESTS).amount()).isEqualByComparingTo("68");
		assertThat(totals.get(ARRESTS).from()).containsExactly(this.may, this.lateMarch, this.march);
		assertThat(totals.get(CASH).amount()).isEqualByComparingTo("9663245");
		assertThat(totals.get(CASH).shown()).isEqualTo("about £96,632.45");
		assertThat(totals.get(CLASS_A_BY_WEIGHT).amount()).isEqualByComparingTo("1645.92");
		assertThat(totals.get(new Key(TallyKind.DRUGS, null, Unit.GRAMS)).shown()).isEqualTo("0.001 g");
		assertThat(totals.keySet()).extracting(Key::code)
			.containsExactly("arrests", "cash", "drugs-class-a-by-weight", "drugs-class-b-plants",
					"drugs-unclassified-by-weight", "weapons");
	}

	@Test
	void eachOperationCountsInTheMonthItEndedAndMonthsWithoutOneAreLeftOut() {
		Map<YearMonth, Sum> byMonth = this.figures.byMonth(ARRESTS);
		assertThat(byMonth.keySet()).containsExactly(YearMonth.of(2022, 3), YearMonth.of(2022, 5),
				YearMonth.of(2022, 7));
		assertThat(byMonth.get(YearMonth.of(2022, 3)).amount()).isEqualByComparingTo("51");
		assertThat(byMonth.get(YearMonth.of(2022, 3)).from()).containsExactlyInAnyOrder(this.march, this.lateMarch);
		assertThat(byMonth.get(YearMonth.of(2022, 7)).amount()).isEqualByComparingTo("0");
		assertThat(byMonth.get(YearMonth.of(2022, 7)).from()).isEmpty();
		assertThat(byMonth.values().stream().map(Sum::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(this.figures.totals().get(ARRESTS).amount());
	}

	@Test
	void anOperationInSeveralAreasCountsInEachAndOperationsWithoutAnAreaComeLast() {
		Map<AreaView, Sum> byArea = this.figures.byArea(ARRESTS);
		assertThat(byArea.keySet()).containsExactly(COLCHESTER, HARLOW);
		assertThat(byArea.get(COLCHESTER).amount()).isEqualByComparingTo("66");
		assertThat(byArea.get(HARLOW).amount()).isEqualByComparingTo("51");
		Map<AreaView, Sum> weapons = this.figures.byArea(new Key(TallyKind.WEAPONS, null, Unit.COUNT));
		assertThat(weapons.keySet()).containsExactly(Figures.NO_AREA);
	}

	@Test
	void byOperationListsOnlyTheOperationsThatRecordedTheFigureNewestFirst() {
		Map<Counted, Sum> byOperation = this.figures.byOperation(CASH);
		assertThat(byOperation.keySet()).containsExactly(this.may, this.march);
		assertThat(byOperation.get(this.march).approximate()).isTrue();
		assertThat(byOperation.get(this.may).approximate()).isFalse();
		assertThat(byOperation.get(this.may).amount()).isEqualByComparingTo("12345");
	}

	@Test
	void drugsByClassAreGroupedPerMeasureClassAFirst() {
		assertThat(this.figures.drugMeasures()).containsExactly(Unit.GRAMS, Unit.PLANTS);
		assertThat(this.figures.drugsByClass(Unit.GRAMS).keySet()).extracting(Key::drugClass)
			.containsExactly(DrugClass.A, null);
		assertThat(this.figures.drugsByClass(Unit.PLANTS).keySet()).extracting(Key::drugClass)
			.containsExactly(DrugClass.B);
	}

	@Test
	void noOperationsMeanNoFigures() {
		Figures none = new Figures(List.of());
		assertThat(none.totals()).isEmpty();
		assertThat(none.byMonth(ARRESTS)).isEmpty();
		assertThat(none.drugMeasures()).isEmpty();
	}

	@Test
	void everyKeyHasItsOwnCodeThatLeadsBackToIt() {
		List<Key> all = Key.all();
		assertThat(all).extracting(Key::code).doesNotHaveDuplicates();
		assertThat(all).allSatisfy((key) -> assertThat(Key.ofCode(key.code())).contains(key));
		assertThat(all).noneMatch((key) -> key.kind() == TallyKind.OTHER || key.measure() == Unit.KILOGRAMS);
		assertThat(Key.ofCode("unicorns")).isEmpty();
	}

	private static Counted counted(String slug, LocalDate ended, List<AreaView> areas, TallyLine... lines) {
		return new Counted(slug, slug, ended, areas, Tally.of(List.of(lines)).totals());
	}

}
