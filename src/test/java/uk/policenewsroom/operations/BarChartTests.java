package uk.policenewsroom.operations;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.policenewsroom.operations.BarChart.Bar;
import uk.policenewsroom.operations.BarChart.Item;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTests {

	@Test
	void theLargestFigureFillsTheWidthAndTheOthersAreInProportion() {
		BarChart chart = BarChart.of("chart-by-month", "Arrests by month",
				List.of(new Item("March 2022", "49", new BigDecimal("49")),
						new Item("May 2022", "about 17", new BigDecimal("17")),
						new Item("July 2022", "0", BigDecimal.ZERO)));
		assertThat(chart.bars()).extracting(Bar::length).containsExactly("320.0", "111.0", "0.0");
		assertThat(chart.bars()).extracting(Bar::barY).containsExactly(21, 65, 109);
		assertThat(chart.bars()).extracting(Bar::textY).containsExactly(15, 59, 103);
		assertThat(chart.viewBox()).isEqualTo("0 0 320 132");
		assertThat(chart.description())
			.isEqualTo("Arrests by month. March 2022: 49; May 2022: about 17; July 2022: 0.");
		assertThat(chart.titleId()).isEqualTo("chart-by-month-title");
	}

	@Test
	void nothingButZerosDrawsNoBars() {
		BarChart chart = BarChart.of("c", "Cash", List.of(new Item("Harlow", "£0", BigDecimal.ZERO)));
		assertThat(chart.bars()).extracting(Bar::length).containsExactly("0");
	}

	@Test
	void aLongLabelIsShortenedToLeaveRoomForItsFigure() {
		String name = "Cannabis Cultivation and Burglary Crackdown, April 2026";
		BarChart chart = BarChart.of("c", "Cash", List.of(new Item(name, "about £114,709", new BigDecimal("1"))));
		String label = chart.bars().get(0).label();
		assertThat(label).endsWith("…").hasSizeLessThanOrEqualTo(46 - "about £114,709".length() - 2);
		assertThat(name).startsWith(label.substring(0, label.length() - 1));
		assertThat(chart.description()).contains(name);
	}

}
