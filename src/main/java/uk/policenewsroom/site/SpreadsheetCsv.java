package uk.policenewsroom.site;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * CSV that is safe to open in a spreadsheet (RFC 4180: comma-separated, CRLF line ends,
 * fields quoted when they hold a comma, quote or line break). The feedback export and the
 * open-data files both write it.
 *
 * <p>
 * A spreadsheet runs any cell that starts with {@code =}, {@code +}, {@code -} or
 * {@code @} (or a tab or carriage return before one) as a formula, which can fetch URLs
 * or run commands. Such cells get a leading apostrophe, which spreadsheets show as text
 * (OWASP's advice on CSV injection).
 */
public final class SpreadsheetCsv {

	/**
	 * Excel reads a CSV file without a byte order mark in the local code page, which
	 * mangles "£" and accents; with one it reads UTF-8.
	 */
	public static final String BYTE_ORDER_MARK = "\uFEFF";

	private final StringBuilder csv = new StringBuilder();

	private SpreadsheetCsv(String start, List<String> header) {
		this.csv.append(start);
		row(header.toArray(String[]::new));
	}

	/** A file that starts with this header row. */
	public static SpreadsheetCsv withHeader(List<String> header) {
		return new SpreadsheetCsv("", header);
	}

	/** A file for Excel users: a byte order mark, then this header row. */
	public static SpreadsheetCsv forExcelWithHeader(List<String> header) {
		return new SpreadsheetCsv(BYTE_ORDER_MARK, header);
	}

	/** A CSV download that no cache keeps. */
	public static ResponseEntity<byte[]> attachment(String filename, String csv) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	/** Adds a row ({@code null} is an empty cell). */
	public SpreadsheetCsv row(String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				this.csv.append(',');
			}
			this.csv.append(cell(cells[i]));
		}
		this.csv.append("\r\n");
		return this;
	}

	@Override
	public String toString() {
		return this.csv.toString();
	}

	/** A cell, quoted and disarmed as needed. */
	public static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = startsLikeAFormula(value) ? "'" + value : value;
		if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

	private static boolean startsLikeAFormula(String value) {
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> true;
			default -> false;
		};
	}

}
