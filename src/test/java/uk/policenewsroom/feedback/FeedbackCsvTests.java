package uk.policenewsroom.feedback;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.policenewsroom.site.LondonTime;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackCsvTests {

	@Test
	void rowsHaveEveryColumnInOrderWithCrlfLineEnds() {
		Instant summer = Instant.parse("2026-07-01T11:50:30.999Z");
		String csv = FeedbackCsv.of(List.of(new FeedbackView(1, LondonTime.of(summer), "/news", Rating.VERY_GOOD,
				FeedbackStatus.ACTIONED, "Doing", null, "a@example.com")));
		assertThat(csv).isEqualTo("\uFEFFreceived_at,received_london,page_path,rating,status,doing,improve,email\r\n"
				+ "2026-07-01T11:50:30Z,2026-07-01T12:50:30+01:00,/news,5,actioned,Doing,,a@example.com\r\n");
	}

}
