package uk.policenewsroom.feedback;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.policenewsroom.site.CsvCells;
import uk.policenewsroom.site.LondonTime;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackCsvTests {

	@Test
	void plainValuesAreLeftAlone() {
		assertThat(CsvCells.cell("/news/county-lines")).isEqualTo("/news/county-lines");
		assertThat(CsvCells.cell("It's fine")).isEqualTo("It's fine");
		assertThat(CsvCells.cell(null)).isEmpty();
		assertThat(CsvCells.cell("")).isEmpty();
	}

	@Test
	void commasQuotesAndLineBreaksAreQuoted() {
		assertThat(CsvCells.cell("one, two")).isEqualTo("\"one, two\"");
		assertThat(CsvCells.cell("say \"hello\"")).isEqualTo("\"say \"\"hello\"\"\"");
		assertThat(CsvCells.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
		assertThat(CsvCells.cell("line one\r\nline two")).isEqualTo("\"line one\r\nline two\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+44 1234", "-2", "@SUM(A1)", "\t=1", "\r=1" })
	void cellsThatASpreadsheetWouldRunAreDisarmed(String formula) {
		String cell = CsvCells.cell(formula);
		String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
		assertThat(unquoted).isEqualTo("'" + formula);
	}

	@Test
	void aDisarmedFormulaIsStillQuoted() {
		assertThat(CsvCells.cell("=HYPERLINK(\"http://evil.example\",\"Click\")"))
			.isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"");
	}

	@Test
	void aFormulaSignInsideTheTextIsHarmless() {
		assertThat(CsvCells.cell("a=b")).isEqualTo("a=b");
		assertThat(CsvCells.cell("reader-one@example.com")).isEqualTo("reader-one@example.com");
	}

	@Test
	void rowsHaveEveryColumnInOrderWithCrlfLineEnds() {
		Instant summer = Instant.parse("2026-07-01T11:50:30.999Z");
		String csv = FeedbackCsv.of(List.of(new FeedbackView(1, LondonTime.of(summer), "/news", Rating.VERY_GOOD,
				FeedbackStatus.ACTIONED, "Doing", null, "a@example.com")));
		assertThat(csv).isEqualTo("\uFEFFreceived_at,received_london,page_path,rating,status,doing,improve,email\r\n"
				+ "2026-07-01T11:50:30Z,2026-07-01T12:50:30+01:00,/news,5,actioned,Doing,,a@example.com\r\n");
	}

}
