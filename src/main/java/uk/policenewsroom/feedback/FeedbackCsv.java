package uk.policenewsroom.feedback;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import uk.policenewsroom.site.LondonTime;
import uk.policenewsroom.site.SpreadsheetCsv;

/**
 * Feedback as CSV for the press office to open in a spreadsheet. What visitors wrote is
 * untrusted: {@link SpreadsheetCsv} disarms cells a spreadsheet would run as formulas.
 */
final class FeedbackCsv {

	static final String HEADER = "received_at,received_london,page_path,rating,status,doing,improve,email";

	private static final DateTimeFormatter LONDON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	private FeedbackCsv() {
	}

	static String of(List<FeedbackView> feedback) {
		SpreadsheetCsv csv = SpreadsheetCsv.forExcelWithHeader(List.of(HEADER.split(",")));
		for (FeedbackView item : feedback) {
			var received = item.received().instant().truncatedTo(ChronoUnit.SECONDS);
			csv.row(received.toString(), LONDON.format(received.atZone(LondonTime.ZONE)), item.pagePath(),
					(item.rating() != null) ? String.valueOf(item.rating().score()) : null, item.status().code(),
					item.doing(), item.improve(), item.email());
		}
		return csv.toString();
	}

}
