package uk.policenewsroom.operations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OperationTests {

	private static final Clock CREATED = Clock.fixed(Instant.parse("2022-03-14T09:00:00Z"), ZoneOffset.UTC);

	private static final Clock LATER = Clock.fixed(Instant.parse("2022-03-15T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void removingARowRenumbersTheRowsAfterIt() {
		Operation operation = week();
		operation.recordResults(List.of(TallyLine.drug("Heroin", DrugClass.A, "145.92", Unit.GRAMS),
				TallyLine.drug("Crack cocaine", DrugClass.A, "126", Unit.GRAMS),
				TallyLine.drug("Cocaine", DrugClass.A, "30.5", Unit.GRAMS)), CREATED);

		TallyLine removed = operation.removeResult(2, LATER);

		assertThat(removed.description()).isEqualTo("Crack cocaine");
		assertThat(operation.tally().lines()).extracting(TallyLine::description).containsExactly("Heroin", "Cocaine");
		Tally.Total classA = operation.tally().total(TallyKind.DRUGS, DrugClass.A, Unit.GRAMS).orElseThrow();
		assertThat(classA.value()).isEqualTo("176.42 g");
		assertThat(classA.rows()).containsExactly(1, 2);
		assertThat(operation.getUpdatedAt()).isEqualTo(LATER.instant());
		operation.addResult(TallyLine.count(TallyKind.ARRESTS, 3), LATER);
		assertThat(operation.tally().total(TallyKind.ARRESTS, null, Unit.COUNT).orElseThrow().rows())
			.containsExactly(3);
	}

	@Test
	void thereIsNoRowToRemoveBeyondTheLast() {
		Operation operation = week();
		operation.addResult(TallyLine.count(TallyKind.ARRESTS, 49), CREATED);
		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(() -> operation.removeResult(2, LATER));
		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(() -> operation.removeResult(0, LATER));
		assertThat(operation.resultCount()).isEqualTo(1);
	}

	@Test
	void revisingKeepsTheSlugAndRefusesAnEndBeforeTheStart() {
		Operation operation = week();
		operation.revise(" Renamed ", " ", "Knife Crime Team", LocalDate.of(2022, 3, 8), LocalDate.of(2022, 3, 8),
				"Shorter.", LATER);
		assertThat(operation.getSlug()).isEqualTo("county-lines-week");
		assertThat(operation.getName()).isEqualTo("Renamed");
		assertThat(operation.getCodeName()).isNull();
		assertThat(operation.getUpdatedAt()).isEqualTo(LATER.instant());
		assertThatIllegalArgumentException().isThrownBy(() -> operation.revise("Renamed", null, "Unit",
				LocalDate.of(2022, 3, 8), LocalDate.of(2022, 3, 7), "Shorter.", LATER));
	}

	@Test
	void aLineSaysWhichPartOfItIsWrong() {
		assertThatExceptionOfType(TallyLine.Invalid.class)
			.isThrownBy(() -> TallyLine.drug("Heroin", DrugClass.A, "5", Unit.PENCE))
			.satisfies((invalid) -> assertThat(invalid.part()).isEqualTo(TallyLine.Part.UNIT));
		assertThatExceptionOfType(TallyLine.Invalid.class).isThrownBy(() -> TallyLine.count(TallyKind.OTHER, 2))
			.satisfies((invalid) -> assertThat(invalid.part()).isEqualTo(TallyLine.Part.DESCRIPTION));
	}

	@Test
	void aLineInWordsAsTheAuditLogKeepsIt() {
		assertThat(TallyLine.drug("Heroin", DrugClass.A, "145.92", Unit.GRAMS).text())
			.isEqualTo("145.92 g Heroin (Class A)");
		assertThat(TallyLine.drug("Cocaine", DrugClass.A, "1149", Unit.WRAPS).text())
			.isEqualTo("1,149 wraps of Cocaine (Class A)");
		assertThat(TallyLine.cash(9_650_900, true).text()).isEqualTo("about £96,509 cash seized");
		assertThat(TallyLine.count(TallyKind.WEAPONS, "Knives", 3).text()).isEqualTo("3 Knives (weapons seized)");
	}

	private static Operation week() {
		return new Operation("county-lines-week", "County Lines Intensification Week", "Raptor",
				"Serious Violence Unit", LocalDate.of(2022, 3, 7), LocalDate.of(2022, 3, 13), "A week of action.",
				CREATED);
	}

}
