package uk.policenewsroom.site;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCsvTests {

	@Test
	void plainValuesAreLeftAlone() {
		assertThat(SpreadsheetCsv.cell("/news/county-lines")).isEqualTo("/news/county-lines");
		assertThat(SpreadsheetCsv.cell("It's fine")).isEqualTo("It's fine");
		assertThat(SpreadsheetCsv.cell(null)).isEmpty();
		assertThat(SpreadsheetCsv.cell("")).isEmpty();
	}

	@Test
	void commasQuotesAndLineBreaksAreQuoted() {
		assertThat(SpreadsheetCsv.cell("one, two")).isEqualTo("\"one, two\"");
		assertThat(SpreadsheetCsv.cell("say \"hello\"")).isEqualTo("\"say \"\"hello\"\"\"");
		assertThat(SpreadsheetCsv.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
		assertThat(SpreadsheetCsv.cell("line one\r\nline two")).isEqualTo("\"line one\r\nline two\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+44 1234", "-2", "@SUM(A1)", "\t=1", "\r=1" })
	void cellsThatASpreadsheetWouldRunAreDisarmed(String formula) {
		String cell = SpreadsheetCsv.cell(formula);
		String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
		assertThat(unquoted).isEqualTo("'" + formula);
	}

	@Test
	void aDisarmedFormulaIsStillQuoted() {
		assertThat(SpreadsheetCsv.cell("=HYPERLINK(\"http://evil.example\",\"Click\")"))
			.isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"");
	}

	@Test
	void aFormulaSignInsideTheTextIsHarmless() {
		assertThat(SpreadsheetCsv.cell("a=b")).isEqualTo("a=b");
		assertThat(SpreadsheetCsv.cell("reader-one@example.com")).isEqualTo("reader-one@example.com");
	}

	@Test
	void rowsEndWithCrlfAndAnExcelFileStartsWithAByteOrderMark() {
		assertThat(SpreadsheetCsv.withHeader(List.of("a", "b")).row("1", null).row("=x", "y,z").toString())
			.isEqualTo("a,b\r\n1,\r\n'=x,\"y,z\"\r\n");
		assertThat(SpreadsheetCsv.forExcelWithHeader(List.of("a")).toString()).isEqualTo("\uFEFFa\r\n");
	}

}
