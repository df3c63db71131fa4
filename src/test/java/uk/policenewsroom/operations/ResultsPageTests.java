package uk.policenewsroom.operations;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /results} over real HTTP: its figures are the sums of the operations' own
 * totals, its breakdowns add up, every figure leads to the operations it comes from, and
 * its download links give the same figures.
 */
@NewsroomTest
class ResultsPageTests {

	private static final List<String> SLUGS = List.of("county-lines-week", "knife-week", "summer-patrols");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	private ResultsFixtures site;

	@BeforeEach
	void content() {
		ResultsFixtures.threeOperations(this.data);
		this.site = new ResultsFixtures(this.port);
	}

	@Test
	void theTotalsAreTheSumsOfTheOperationsTotals() throws Exception {
		Map<String, BigDecimal> expected = new TreeMap<>();
		for (String slug : SLUGS) {
			for (JsonNode total : this.site.json("/operations/" + slug + ".json").at("/operation/totals")) {
				expected.merge(total.get("label").asString(), total.get("quantity").decimalValue(), BigDecimal::add);
			}
		}
		Map<String, String> shown = figures(this.site.page("/results"), "totals");
		assertThat(normalised(shown)).isEqualTo(plain(expected));
		assertThat(shown).containsEntry("Arrests", "69")
			.containsEntry("Cash seized", "96632.45")
			.containsEntry("Class A drugs by weight", "2271.92");
	}

	@Test
	void theDownloadLinksGiveTheSameFigures() throws Exception {
		for (String query : List.of("", "?area=colchester", "?from=2022-04-01&to=2022-06-30", "?area=harlow")) {
			Document page = this.site.page("/results" + query);
			Map<String, String> shown = normalised(figures(page, "totals"));

			String json = page.selectFirst("a:containsOwn(as JSON)").attr("href");
			assertThat(json).isEqualTo("/operations.json" + query);
			Map<String, String> fromJson = new TreeMap<>();
			this.site.json(json)
				.get("totals")
				.forEach((total) -> fromJson.put(total.get("label").asString(),
						ResultsFixtures.plain(total.get("quantity").decimalValue())));
			assertThat(fromJson).as(query).isEqualTo(shown);

			String csv = page.selectFirst("a:containsOwn(as CSV)").attr("href");
			Map<String, BigDecimal> fromCsv = new TreeMap<>();
			for (CSVRecord record : this.site.csv(csv)) {
				if (record.get("record").equals("total")) {
					fromCsv.merge(record.get("label"), new BigDecimal(record.get("quantity")), BigDecimal::add);
				}
			}
			assertThat(plain(fromCsv)).as(query).isEqualTo(shown);
		}
	}

	@Test
	void theBreakdownsAddUpAndAreTheOperationsOwnFigures() throws Exception {
		Document page = this.site.page("/results?figure=arrests");
		Map<String, String> byMonth = figures(page, "by-month");
		assertThat(byMonth.keySet()).containsExactly("March 2022", "May 2022", "July 2022");
		assertThat(byMonth).containsEntry("March 2022", "49")
			.containsEntry("May 2022", "17")
			.containsEntry("July 2022", "3");
		assertThat(sum(byMonth)).isEqualTo(new BigDecimal(figures(page, "totals").get("Arrests")));

		assertThat(figures(page, "by-operation")).containsExactly(Map.entry("Summer Patrols", "3"),
				Map.entry("Knife Crime Week", "17"), Map.entry("County Lines Week", "49"));
		// County Lines Week covered both towns, so it counts in each.
		assertThat(figures(page, "by-area")).containsExactly(Map.entry("Colchester", "66"), Map.entry("Harlow", "49"),
				Map.entry("No area given", "3"));
		assertThat(figures(page, "drugs-grams")).containsExactly(Map.entry("Class A", "2271.92"));
		assertThat(figures(page, "drugs-plants")).containsExactly(Map.entry("Class B", "12"));

		Document cash = this.site.page("/results?figure=cash");
		assertThat(figures(cash, "by-operation")).containsExactly(Map.entry("Knife Crime Week", "123.45"),
				Map.entry("County Lines Week", "96509.00"));
		assertThat(cash.select("#by-operation ~ .chart-pair td.num data").eachText()).containsExactly("£123.45",
				"about £96,509");
		assertThat(cash.select("#by-month ~ .chart-pair td.num a").eachText()).containsExactly(
				"about £96,509 (Cash seized in March 2022, from County Lines Week)",
				"£123.45 (Cash seized in May 2022, from Knife Crime Week)");
		assertThat(cash.select("#by-area ~ .chart-pair td.num a").first().text())
			.isEqualTo("about £96,632.45 (Cash seized in Colchester, operation by operation)");
	}

	@Test
	void everyFigureLeadsToTheOperationsItComesFrom() throws Exception {
		Document page = this.site.page("/results?figure=cash");
		List<Element> figures = page.select("td.num");
		assertThat(figures).hasSizeGreaterThan(10);
		for (Element cell : figures) {
			String value = cell.selectFirst("data").attr("value");
			Element link = cell.selectFirst("a");
			if (new BigDecimal(value).signum() == 0) {
				continue;
			}
			assertThat(link).as(cell.parent().text()).isNotNull();
			String href = link.attr("href");
			Document target = this.site.page(href);
			if (href.startsWith("/operations/")) {
				assertThat(target.select("data").eachAttr("value")).as(href).contains(value);
			}
			else {
				assertThat(href).startsWith("/results?").endsWith("#by-operation");
				BigDecimal sum = target.select("#by-operation ~ .chart-pair data")
					.eachAttr("value")
					.stream()
					.map(BigDecimal::new)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				assertThat(ResultsFixtures.plain(sum)).as(href).isEqualTo(ResultsFixtures.plain(value));
				assertThat(target.select("#by-operation ~ .chart-pair tbody th").size()).as(href).isGreaterThan(1);
			}
		}
	}

	@Test
	void eachChartIsLabelledAndDrawnWithClassesOnly() throws Exception {
		Document page = this.site.page("/results");
		List<Element> charts = page.select("svg.chart");
		assertThat(charts).hasSize(5);
		for (Element chart : charts) {
			assertThat(chart.attr("role")).isEqualTo("img");
			for (String id : chart.attr("aria-labelledby").split(" ")) {
				assertThat(chart.getElementById(id)).as(id).isNotNull();
				assertThat(chart.getElementById(id).text()).isNotBlank();
			}
			assertThat(chart.attr("viewBox")).isEqualTo("0 0 320 " + chart.select("g").size() * 44);
			assertThat(chart.select("[style], [fill], script, foreignObject")).isEmpty();
			assertThat(chart.select("rect.chart__bar")).hasSize(chart.parent().select("tbody tr").size());
		}
		assertThat(page.select("[style], style")).isEmpty();
		assertThat(page.select("script:not([src])")).isEmpty();
	}

	@Test
	void filtersNarrowTheFigures() throws Exception {
		Document harlow = this.site.page("/results?area=harlow");
		assertThat(harlow.selectFirst(".results-count").text()).isEqualTo("1 operation in Harlow");
		assertThat(figures(harlow, "totals")).containsEntry("Arrests", "49").doesNotContainKey("Weapons seized");
		Document spring = this.site.page("/results?from=2022-04-01&to=2022-06-30");
		assertThat(spring.selectFirst(".results-count").text())
			.isEqualTo("1 operation that ended between 1 April 2022 and 30 June 2022");
		assertThat(figures(spring, "totals")).containsEntry("Arrests", "17").containsEntry("Weapons seized", "212");
		assertThat(spring.selectFirst("#from").val()).isEqualTo("2022-04-01");
		Document none = this.site.page("/results?from=2030-01-01");
		assertThat(none.text()).contains("No operation results match these filters");
	}

	@Test
	void badFiltersGetThePageBackWithAMessageAtEachField() throws Exception {
		HttpResponse<String> response = this.site.get("/results?from=2022-13-01&to=soon&figure=arrests");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		Document page = Jsoup.parse(response.body());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#from", "#to");
		assertThat(page.select("#from-error").text()).contains("The start date must be a real date");
		assertThat(page.select("#to-error").text()).contains("The end date must be a real date");
		assertThat(page.selectFirst("#from").val()).isEqualTo("2022-13-01");
		assertThat(page.selectFirst("#to").val()).isEqualTo("soon");
		assertThat(page.selectFirst("input[name=figure]").val()).isEqualTo("arrests");
		assertThat(response.body()).doesNotContain("Exception");

		HttpResponse<String> figure = this.site.get("/results?figure=unicorns");
		assertThat(figure.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(figure.body()).select(".error-summary").text())
			.contains("Choose a figure from the list");

		assertThat(this.site.get("/results?area=nowhere").statusCode()).isEqualTo(404);
	}

	@Test
	void theDashboardIsCachedLikeThePublicPagesAndLinkedFromTheNavigation() throws Exception {
		HttpResponse<String> response = this.site.get("/results");
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("public", "s-maxage=60"));
		assertThat(this.site.page("/news").select("nav[aria-label=Main] a[href=/results]")).hasSize(1);
		assertThat(Jsoup.parse(response.body()).select("nav[aria-label=Main] a[href=/results]").attr("aria-current"))
			.isEqualTo("page");
	}

	/**
	 * The figures of one table, by the row they are in, as the files would write them.
	 */
	private static Map<String, String> figures(Document page, String section) {
		Element heading = page.getElementById(section);
		assertThat(heading).as(section).isNotNull();
		Element table = heading.parent().selectFirst("table");
		Map<String, String> figures = new LinkedHashMap<>();
		for (Element row : table.select("tbody tr")) {
			figures.put(row.selectFirst("th").text(), row.selectFirst("data").attr("value"));
		}
		return figures;
	}

	private static Map<String, String> plain(Map<String, BigDecimal> sums) {
		Map<String, String> plain = new TreeMap<>();
		sums.forEach((label, sum) -> plain.put(label, ResultsFixtures.plain(sum)));
		return plain;
	}

	private static Map<String, String> normalised(Map<String, String> figures) {
		Map<String, String> plain = new TreeMap<>();
		figures.forEach((label, figure) -> plain.put(label, ResultsFixtures.plain(figure)));
		return plain;
	}

	private static BigDecimal sum(Map<String, String> figures) {
		List<BigDecimal> values = new ArrayList<>();
		figures.values().forEach((value) -> values.add(new BigDecimal(value)));
		return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
