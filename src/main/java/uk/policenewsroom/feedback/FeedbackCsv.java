package uk.policenewsroom.feedback;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import uk.policenewsroom.site.CsvCells;
import uk.policenewsroom.site.LondonTime;

/**
 * Feedback as CSV for the press office to open in a spreadsheet; {@link CsvCells} keeps
 * what visitors wrote from being read as formulas.
 */
final class FeedbackCsv {

	static final String HEADER = "received_at,received_london,page_path,rating,status,doing,improve,email";

	private static final DateTimeFormatter LONDON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	private FeedbackCsv() {
	}

	static String of(List<FeedbackView> feedback) {
		StringBuilder csv = CsvCells.withHeader(HEADER);
		for (FeedbackView item : feedback) {
			var received = item.received().instant().truncatedTo(ChronoUnit.SECONDS);
			CsvCells.row(csv, received.toString(), LONDON.format(received.atZone(LondonTime.ZONE)), item.pagePath(),
					(item.rating() != null) ? String.valueOf(item.rating().score()) : null, item.status().code(),
					item.doing(), item.improve(), item.email());
		}
		return csv.toString();
	}

}
