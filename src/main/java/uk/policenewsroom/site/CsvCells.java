package uk.policenewsroom.site;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Rows of CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break) for the press office to open in a spreadsheet.
 *
 * <p>
 * What visitors and officers wrote is untrusted, and a spreadsheet runs any cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return
 * before one) as a formula, which can fetch URLs or run commands. Such cells get a
 * leading apostrophe, which spreadsheets show as text (OWASP's advice on CSV injection).
 * Every CSV export goes through here.
 */
public final class CsvCells {

	/**
	 * Excel reads a CSV file without a byte order mark in the local code page, which
	 * mangles "£" and accents; with one it reads UTF-8.
	 */
	public static final String BYTE_ORDER_MARK = "\uFEFF";

	private CsvCells() {
	}

	/** A new CSV text: the byte order mark and the header line. */
	public static StringBuilder withHeader(String header) {
		return new StringBuilder(BYTE_ORDER_MARK).append(header).append("\r\n");
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

	/** Appends one line of cells, each made safe. */
	public static void row(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells[i]));
		}
		csv.append("\r\n");
	}

	/** One cell: quoted when it must be, and never read as a formula. */
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
