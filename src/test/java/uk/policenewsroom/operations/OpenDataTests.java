package uk.policenewsroom.operations;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-data files over real HTTP, read with parsers of their own (Commons CSV,
 * Jackson, jsoup) as a reuser would, and compared with the figures on the pages.
 */
@NewsroomTest
class OpenDataTests {

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
	void anOperationsCsvAndJsonGiveTheFiguresOnItsPage() throws Exception {
		Document page = page("/operations/county-lines-week");
		Map<String, String> shown = new LinkedHashMap<>();
		Map<String, String> addedFrom = new LinkedHashMap<>();
		for (Element row : page.select("h2:containsOwn(Totals) + table tbody tr")) {
			shown.put(row.selectFirst("th").text(), row.selectFirst("data").attr("value"));
			addedFrom.put(row.selectFirst("th").text(), row.select("td").get(1).text());
		}
		assertThat(shown).containsEntry("Arrests", "49")
			.containsEntry("Cash seized", "96509.00")
			.containsEntry("Class A drugs by weight", "1771.92")
			.containsEntry("Class B drugs as plants", "12")
			.hasSize(4);

		List<CSVRecord> csv = csv("/operations/county-lines-week.csv");
		Map<String, String> csvTotals = new LinkedHashMap<>();
		csv.stream()
			.filter((r) -> r.get("record").equals("total"))
			.forEach((r) -> csvTotals.put(r.get("label"), r.get("quantity")));
		assertThat(csvTotals).isEqualTo(shown);
		assertThat(csv.stream().filter((r) -> r.get("record").equals("row")))
			.hasSize(page.select("#rows-caption ~ tbody tr").size())
			.hasSize(7);
		CSVRecord cocaine = csv.get(4);
		assertThat(cocaine.get("detail")).isEqualTo("Cocaine");
		assertThat(cocaine.get("quantity")).isEqualTo("1500");
		assertThat(cocaine.get("unit")).isEqualTo("g");
		assertThat(cocaine.get("drug_class")).isEqualTo("A");
		CSVRecord cash = csv.stream().filter((r) -> r.get("label").equals("Cash seized")).findFirst().orElseThrow();
		assertThat(cash.get("unit")).isEqualTo("GBP");
		assertThat(cash.get("approximate")).isEqualTo("true");
		assertThat(csv).allSatisfy((r) -> assertThat(r.get("licence")).isEqualTo("OGL-UK-3.0"));
		assertThat(csv).allSatisfy((r) -> assertThat(r.get("areas")).isEqualTo("Colchester; Harlow"));

		JsonNode json = json("/operations/county-lines-week.json");
		assertThat(json.get("schema_version").intValue()).isEqualTo(1);
		assertThat(json.at("/licence/name").asString()).isEqualTo("Open Government Licence v3.0");
		Map<String, String> jsonTotals = new LinkedHashMap<>();
		for (JsonNode total : json.at("/operation/totals")) {
			jsonTotals.put(total.get("label").asString(), ResultsFixtures.plain(total.get("quantity").decimalValue()));
			List<String> rows = new ArrayList<>();
			total.get("from_rows").forEach((n) -> rows.add(n.asString()));
			assertThat(addedFrom.get(total.get("label").asString()))
				.isEqualTo((rows.size() == 1) ? "row " + rows.get(0) : "rows "
						+ String.join(", ", rows.subList(0, rows.size() - 1)) + " and " + rows.get(rows.size() - 1));
		}
		assertThat(jsonTotals).isEqualTo(shown.entrySet()
			.stream()
			.collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), ResultsFixtures.plain(e.getValue())),
					Map::putAll));
		assertThat(json.at("/operation/rows")).hasSize(7);
		assertThat(json.at("/operation/rows/2/kind").asString()).isEqualTo("drugs");
		assertThat(json.at("/operation/rows/2/drug_class").asString()).isEqualTo("A");
		assertThat(json.at("/operation/rows/0/drug_class").isNull()).isTrue();
		assertThat(json.at("/operation/url").asString()).endsWith("/operations/county-lines-week");
	}

	@Test
	void moneyKeepsItsPenceAndNothingIsRounded() throws Exception {
		String json = get("/operations/knife-week.json").body();
		assertThat(json).contains("\"quantity\":123.45").contains("\"unit\":\"GBP\"");
		assertThat(get("/operations/county-lines-week.json").body()).contains("\"quantity\":96509.00")
			.contains("\"quantity\":145.92")
			.contains("\"quantity\":1771.92");
	}

	@Test
	void aCellThatASpreadsheetWouldRunIsDisarmed() throws Exception {
		List<CSVRecord> csv = csv("/operations/county-lines-week.csv");
		assertThat(csv.get(6).get("detail")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Click\")");
	}

	@Test
	void theFilesSayTheirLicenceAndAreCachedLikeThePages() throws Exception {
		for (String path : List.of("/operations/knife-week.csv", "/operations/knife-week.json", "/operations.csv",
				"/operations.json")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Link")).as(path)
				.hasValue(
						"<https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/>; rel=\"license\"");
			assertThat(response.headers().firstValue("Cache-Control")).as(path)
				.hasValueSatisfying((value) -> assertThat(value).contains("public", "s-maxage=60"));
			assertThat(response.headers().firstValue("ETag")).as(path).isPresent();
		}
		assertThat(get("/operations.csv").headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(get("/operations.json").headers().firstValue("Content-Type")).hasValue("application/json");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "|county-lines-week knife-week summer-patrols", "?from=2022-04-01|knife-week summer-patrols",
					"?to=2022-05-20|county-lines-week knife-week", "?area=colchester|county-lines-week knife-week",
					"?area=harlow&to=2022-03-13|county-lines-week", "?area=harlow&from=2022-03-14|",
					"?from=2022-05-20&to=2022-05-20|knife-week" })
	void allOperationsCanBeFilteredByDateAndArea(String query, String expected) throws Exception {
		List<String> slugs = (expected == null) ? List.of() : List.of(expected.split(" "));
		String q = (query == null) ? "" : query;
		List<String> fromJson = new ArrayList<>();
		json("/operations.json" + q).get("operations").forEach((op) -> fromJson.add(op.get("slug").asString()));
		assertThat(fromJson).containsExactlyInAnyOrderElementsOf(slugs);
		assertThat(csv("/operations.csv" + q).stream().map((r) -> r.get("operation")).distinct())
			.containsExactlyInAnyOrderElementsOf(slugs);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "?from=2022-02-30|400|The start date must be a real date",
					"?to=yesterday|400|The end date must be a real date",
					"?from=2022-05-01&to=2022-04-01|400|The end date must be the same as or after the start date",
					"?area=Not%20an%20area!|400|Choose an area from the list",
					"?area=nowhere|404|There is no area called 'nowhere'" })
	void badFiltersGetAClearStatusAndSentence(String query, int status, String message) throws Exception {
		for (String file : List.of("/operations.csv", "/operations.json")) {
			HttpResponse<String> response = get(file + query);
			assertThat(response.statusCode()).as(file + query).isEqualTo(status);
			assertThat(response.body()).contains(message).doesNotContain("Exception", "at uk.");
			assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
			assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		}
	}

	@Test
	void anUnknownOperationIsA404() throws Exception {
		for (String path : List.of("/operations/no-such-thing.csv", "/operations/no-such-thing.json")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.body()).contains("There is no published operation at this address");
		}
	}

	@Test
	void theResultsPagesLinkToTheirFiles() throws Exception {
		Document page = page("/operations/knife-week");
		assertThat(page.select("a[href=/operations/knife-week.csv]")).hasSize(1);
		assertThat(page.select("a[href=/operations/knife-week.json]")).hasSize(1);
		assertThat(page.select("a[rel=license]").text()).isEqualTo("Open Government Licence v3.0");
		Document list = page("/operations");
		assertThat(list.select("a[href=/operations.csv]")).hasSize(1);
		assertThat(list.select("a[href=/results]")).isNotEmpty();
	}

	private Document page(String path) throws IOException, InterruptedException {
		return this.site.page(path);
	}

	private List<CSVRecord> csv(String path) throws IOException, InterruptedException {
		return this.site.csv(path);
	}

	private JsonNode json(String path) throws IOException, InterruptedException {
		return this.site.json(path);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.site.get(path);
	}

}
