package uk.policenewsroom.operations;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.policenewsroom.operations.ResultsFilter.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ResultsFilterTests {

	@Test
	void blankMeansNotGiven() {
		assertThat(ResultsFilter.parse(null, " ", "")).isEqualTo(ResultsFilter.NONE);
		assertThat(ResultsFilter.parse(" 2022-03-01 ", "2022-03-31", "colchester"))
			.isEqualTo(new ResultsFilter(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31), "colchester"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2022-02-30|||from", "22-03-01|||from", "2022-3-1|||from", "|tomorrow||to",
			"2022-03-02|2022-03-01||to", "||Colchester!|area", "||../etc|area" })
	void whatCannotBeReadIsNamed(String from, String to, String area, String field) {
		assertThatExceptionOfType(ResultsFilter.Invalid.class).isThrownBy(() -> ResultsFilter.parse(from, to, area))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Problem::field).containsExactly(field));
	}

	@Test
	void everyProblemIsNamedAtOnce() {
		assertThatExceptionOfType(ResultsFilter.Invalid.class)
			.isThrownBy(() -> ResultsFilter.parse("soon", "later", "A B"))
			.satisfies(
					(ex) -> assertThat(ex.problems()).extracting(Problem::field).containsExactly("from", "to", "area"));
	}

	@Test
	void aMonthIsNarrowedToTheFiltersDates() {
		ResultsFilter filter = new ResultsFilter(LocalDate.of(2022, 3, 10), LocalDate.of(2022, 5, 5), "harlow");
		assertThat(filter.withinMonth(YearMonth.of(2022, 3)))
			.isEqualTo(new ResultsFilter(LocalDate.of(2022, 3, 10), LocalDate.of(2022, 3, 31), "harlow"));
		assertThat(filter.withinMonth(YearMonth.of(2022, 4)))
			.isEqualTo(new ResultsFilter(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 30), "harlow"));
		assertThat(filter.withinMonth(YearMonth.of(2022, 5)))
			.isEqualTo(new ResultsFilter(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 5), "harlow"));
	}

}
