package uk.policenewsroom.feedback;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import uk.policenewsroom.site.LondonTime;

/**
 * Feedback as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
 * hold a comma, quote or line break) for the press office to open in a spreadsheet.
 *
 * <p>
 * What visitors wrote is untrusted, and a spreadsheet runs any cell that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before one)
 * as a formula, which can fetch URLs or run commands. Such cells get a leading
 * apostrophe, which spreadsheets show as text (OWASP's advice on CSV injection).
 */
final class FeedbackCsv {

	static final String HEADER = "received_at,received_london,page_path,rating,status,doing,improve,email";

	/**
	 * Excel reads a CSV file without a byte order mark in the local code page, which
	 * mangles "£" and accents; with one it reads UTF-8.
	 */
	static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final DateTimeFormatter LONDON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	private FeedbackCsv() {
	}

	static String of(List<FeedbackView> feedback) {
		StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK).append(HEADER).append("\r\n");
		for (FeedbackView item : feedback) {
			var received = item.received().instant().truncatedTo(ChronoUnit.SECONDS);
			row(csv, received.toString(), LONDON.format(received.atZone(LondonTime.ZONE)), item.pagePath(),
					(item.rating() != null) ? String.valueOf(item.rating().score()) : null, item.status().code(),
					item.doing(), item.improve(), item.email());
		}
		return csv.toString();
	}

	private static void row(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells[i]));
		}
		csv.append("\r\n");
	}

	static String cell(String value) {
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
