package uk.policenewsroom.operations;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.policenewsroom.TestData;
import uk.policenewsroom.areas.Area;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three operations in three months and two areas (one in both, one in none), and a reader
 * of the site's pages and files with parsers of its own (jsoup, Commons CSV, Jackson), as
 * someone reusing the data would read them.
 */
final class ResultsFixtures {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	ResultsFixtures(int port) {
		this.port = port;
	}

	static void threeOperations(TestData data) {
		data.reset();
		Area colchester = data.area("Colchester");
		Area harlow = data.area("Harlow");
		data.operation("county-lines-week", "County Lines Week", LocalDate.of(2022, 3, 7), LocalDate.of(2022, 3, 13),
				List.of(TallyLine.count(TallyKind.ARRESTS, 49), TallyLine.cash(9_650_900, true),
						TallyLine.drug("Heroin", DrugClass.A, "145.92", Unit.GRAMS),
						TallyLine.drug("Crack cocaine", DrugClass.A, "126", Unit.GRAMS),
						TallyLine.drug("Cocaine", DrugClass.A, "1.5", Unit.KILOGRAMS),
						TallyLine.drug("Cannabis", DrugClass.B, "12", Unit.PLANTS),
						TallyLine.count(TallyKind.OTHER, "=HYPERLINK(\"http://evil.example\",\"Click\")", 2)),
				Set.of(colchester, harlow));
		data.operation("knife-week", "Knife Crime Week", LocalDate.of(2022, 5, 14), LocalDate.of(2022, 5, 20),
				List.of(TallyLine.count(TallyKind.ARRESTS, 17), TallyLine.count(TallyKind.WEAPONS, "Knives", 212),
						TallyLine.cash(12_345, false)),
				Set.of(colchester));
		data.operation("summer-patrols", "Summer Patrols", LocalDate.of(2022, 6, 20), LocalDate.of(2022, 7, 2),
				List.of(TallyLine.count(TallyKind.ARRESTS, 3),
						TallyLine.drug("Heroin", DrugClass.A, "0.5", Unit.KILOGRAMS).approx()),
				Set.of());
	}

	/** A figure written the one way, whatever its scale: "96509", "1771.92". */
	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

	static String plain(String value) {
		return plain(new BigDecimal(value));
	}

	Document page(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body(), url(path));
	}

	List<CSVRecord> csv(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(response.body()))
			.getRecords();
	}

	JsonNode json(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
