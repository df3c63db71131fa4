package uk.policenewsroom.site;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LondonTimeTests {

	@Test
	void showsTimesInLondonWhateverTheSeason() {
		assertThat(LondonTime.of(Instant.parse("2022-03-18T11:50:00Z")).text()).isEqualTo("11:50, 18 March 2022");
		assertThat(LondonTime.of(Instant.parse("2022-07-01T11:50:00Z")).text()).isEqualTo("12:50, 1 July 2022");
		assertThat(LondonTime.of(Instant.parse("2022-10-30T23:30:00Z")).date()).isEqualTo("30 October 2022");
		assertThat(LondonTime.of(Instant.parse("2022-06-30T23:30:00Z")).date()).isEqualTo("1 July 2022");
		assertThat(LondonTime.of(Instant.parse("2022-03-18T11:50:00Z")).iso()).isEqualTo("2022-03-18T11:50:00Z");
		assertThat(LondonTime.of(Instant.parse("2022-03-18T11:50:07.123456Z")).iso()).isEqualTo("2022-03-18T11:50:07Z");
	}

	@Test
	void showsDateRangesWithoutRepeatingItself() {
		assertThat(LondonTime.dateRange(LocalDate.of(2022, 3, 7), LocalDate.of(2022, 3, 13)))
			.isEqualTo("7 to 13 March 2022");
		assertThat(LondonTime.dateRange(LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 6)))
			.isEqualTo("28 February to 6 March 2022");
		assertThat(LondonTime.dateRange(LocalDate.of(2021, 12, 30), LocalDate.of(2022, 1, 5)))
			.isEqualTo("30 December 2021 to 5 January 2022");
		assertThat(LondonTime.dateRange(LocalDate.of(2022, 3, 7), LocalDate.of(2022, 3, 7))).isEqualTo("7 March 2022");
	}

}
