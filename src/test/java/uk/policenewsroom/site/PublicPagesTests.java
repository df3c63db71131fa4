package uk.policenewsroom.site;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.policenewsroom.NeutralSite;
import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.operations.DrugClass;
import uk.policenewsroom.operations.Operation;
import uk.policenewsroom.operations.TallyKind;
import uk.policenewsroom.operations.TallyLine;
import uk.policenewsroom.operations.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages over real HTTP, so that error pages come through the container's error
 * handling exactly as a visitor gets them.
 */
@NewsroomTest
class PublicPagesTests {

	private static final Instant PUBLISHED = Instant.parse("2022-03-18T11:50:00Z");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void content() {
		this.data.reset();
		Area colchester = this.data.area("Colchester");
		Area harlow = this.data.area("Harlow");
		Operation week = this.data.operation("county-lines-week", "County Lines Intensification Week",
				List.of(TallyLine.count(TallyKind.ARRESTS, 49), TallyLine.cash(9_650_900, false),
						TallyLine.drug("Heroin", DrugClass.A, "145.92", Unit.GRAMS),
						TallyLine.drug("Crack cocaine", DrugClass.A, "126", Unit.GRAMS),
						TallyLine.drug("Cocaine", DrugClass.A, "30.5", Unit.GRAMS)),
				Set.of(colchester, harlow));
		this.data.published("forty-nine-arrests", "Forty-nine arrests in county lines week", "operation-results",
				PUBLISHED, Set.of(colchester), week.getId());
		this.data.published("missing-man-found", "Missing man found safe", "missing-person",
				PUBLISHED.minus(2, ChronoUnit.DAYS), Set.of(harlow), null);
		this.data.published("not-yet", "Embargoed until next year", "news", Instant.now().plus(365, ChronoUnit.DAYS),
				Set.of(), null);
		this.data.draft("a-draft", "A draft nobody may see");
	}

	@Test
	void homeShowsTheLatestNewsAndOperationResults() throws Exception {
		String home = get("/").body();
		assertThat(home)
			.contains("Forty-nine arrests in county lines week", "Missing man found safe",
					"County Lines Intensification Week", "302.42 g")
			.doesNotContain("A draft nobody may see", "Embargoed until next year");
	}

	@Test
	void newsListsPublishedReleasesNewestFirstWithDateCategoryAreasAndSummary() throws Exception {
		String news = get("/news").body();
		assertThat(news).containsSubsequence("Forty-nine arrests in county lines week", "11:50, 18 March 2022",
				"Operation results", "Summary of Forty-nine arrests", "Colchester", "Missing man found safe",
				"Missing person", "Harlow");
		assertThat(news).doesNotContain("A draft nobody may see", "Embargoed until next year");
		assertThat(get("/news?category=missing-person").body()).contains("Missing man found safe")
			.doesNotContain("Forty-nine arrests");
		assertThat(get("/news?area=colchester").body()).contains("Forty-nine arrests")
			.doesNotContain("Missing man found safe");
	}

	@Test
	void newsIsPagedTwentyAtATime() throws Exception {
		for (int i = 0; i < 21; i++) {
			this.data.published("paged-" + i, "Paged release number " + i, "news",
					PUBLISHED.minus(10 + i, ChronoUnit.DAYS), Set.of(), null);
		}
		String first = get("/news").body();
		assertThat(countOf(first, "class=\"release-card\"")).isEqualTo(20);
		assertThat(first).contains("Page 1 of 2", "rel=\"next\"");
		String second = get("/news?page=2").body();
		assertThat(countOf(second, "class=\"release-card\"")).isEqualTo(3);
		assertThat(second).contains("Paged release number 20", "rel=\"prev\"");
		assertThat(get("/news?page=3").statusCode()).isEqualTo(404);
		assertThat(get("/news?page=0").statusCode()).isEqualTo(404);
		assertThat(get("/news?page=abc").statusCode()).isEqualTo(404);
		assertThat(get("/news?page=2147483647").statusCode()).isEqualTo(404);
	}

	@Test
	void aReleaseShowsItsTimesInLondonAndItsOperationsTally() throws Exception {
		HttpResponse<String> page = get("/news/forty-nine-arrests");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Forty-nine arrests in county lines week</h1>",
				"datetime=\"2022-03-18T11:50:00Z\"", "11:50, 18 March 2022", "Operation results", "Colchester",
				"Body of <strong>Forty-nine arrests in county lines week</strong>.",
				"Results: County Lines Intensification Week", "302.42 g", "£96,509",
				"href=\"/operations/county-lines-week\"");
	}

	@Test
	void draftsFutureReleasesAndUnknownSlugsAreNotFound() throws Exception {
		assertThat(get("/news/a-draft").statusCode()).isEqualTo(404);
		assertThat(get("/news/not-yet").statusCode()).isEqualTo(404);
		assertThat(get("/news/no-such-release").statusCode()).isEqualTo(404);
		assertThat(get("/operations/no-such-operation").statusCode()).isEqualTo(404);
		assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
	}

	@Test
	void anOperationShowsItsRowsTotalsAndReleases() throws Exception {
		String page = get("/operations/county-lines-week").body();
		assertThat(page).contains("<h1>County Lines Intensification Week</h1>", "7 to 13 March 2022",
				"Serious Violence Unit", "Class A drugs by weight", "302.42 g", "rows 3, 4 and 5", "145.92 g",
				"Crack cocaine", "£96,509", "Forty-nine arrests in county lines week", "Colchester", "Harlow");
		assertThat(get("/operations").body()).contains("County Lines Intensification Week", "49");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/news", "/news/forty-nine-arrests", "/operations", "/operations/county-lines-week",
			"/feedback", "/feedback/thank-you", "/staying-safe-online", "/no-such-page", NewsroomTest.FAILING_PAGE })
	void everyPageKindHasTheBetaBannerFeedbackLinkAndQuickExit(String path) throws Exception {
		String page = get(path).body();
		assertThat(page).contains("This site is in beta", "href=\"/feedback", "data-quick-exit",
				"href=\"" + NeutralSite.url() + "\"", "rel=\"noreferrer nofollow\"", ">Leave this site</a>",
				"Skip to main content", "/js/quick-exit");
	}

	@Test
	void theFeedbackLinkCarriesThePageTheVisitorWasOn() throws Exception {
		assertThat(get("/news/forty-nine-arrests").body()).contains("href=\"/feedback?from=/news/forty-nine-arrests\"");
		assertThat(get("/no-such-page").body()).contains("href=\"/feedback?from=/no-such-page\"");
	}

	@Test
	void errorPagesAreInTheLayoutAndGiveNothingAway() throws Exception {
		HttpResponse<String> notFound = get("/news/no-such-release");
		assertThat(notFound.body()).contains("<h1>Page not found</h1>");
		HttpResponse<String> failure = get(NewsroomTest.FAILING_PAGE);
		assertThat(failure.statusCode()).isEqualTo(500);
		assertThat(failure.body()).contains("Sorry, there is a problem with the service")
			.doesNotContain("IllegalStateException", "never see the details", "at uk.policenewsroom");
		assertThat(failure.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/news/forty-nine-arrests", "/no-such-page", NewsroomTest.FAILING_PAGE })
	void securityHeadersAreOnPagesAndErrorPages(String path) throws Exception {
		HttpResponse<String> response = get(path);
		String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp)
			.contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'",
					"frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(response.headers().firstValue("Permissions-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()", "geolocation=()"));
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void pagesHaveNoInlineScriptOrStyle() throws Exception {
		for (String path : List.of("/", "/news", "/news/forty-nine-arrests", "/operations/county-lines-week",
				"/feedback", "/no-such-page")) {
			String page = get(path).body();
			assertThat(page).as(path)
				// JSON-LD is data, never run (docs/decisions.md, 18); any other script
				// must be a file.
				.doesNotContainPattern("<script(?![^>]*\\b(src=|type=\"application/ld\\+json\"))")
				.doesNotContain(" style=", "<style");
		}
	}

	@Test
	void readersGetNoCookiesAndPublicPagesMayBeCached() throws Exception {
		for (String path : List.of("/", "/news", "/news/forty-nine-arrests", "/operations",
				"/operations/county-lines-week", "/staying-safe-online")) {
			HttpResponse<String> response = get(path);
			assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
			assertThat(response.headers().firstValue("Cache-Control")).as(path)
				.hasValue("max-age=0, public, s-maxage=60");
			String etag = response.headers().firstValue("ETag").orElseThrow();
			assertThat(this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("If-None-Match", etag)
					.build(), HttpResponse.BodyHandlers.ofString())
				.statusCode()).as(path).isEqualTo(304);
		}
		assertThat(get("/feedback").headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void theAtomFeedListsPublishedNews() throws Exception {
		HttpResponse<String> feed = get("/news.atom");
		assertThat(feed.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
		assertThat(feed.body()).contains("<feed", "Forty-nine arrests in county lines week", "/news/forty-nine-arrests")
			.doesNotContain("A draft nobody may see", "Embargoed");
	}

	@Test
	void staticAssetsAreVersionedAndCachedForLong() throws Exception {
		String home = get("/").body();
		java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/css/site-[0-9a-f]+\\.css)\"")
			.matcher(home);
		assertThat(css.find()).isTrue();
		HttpResponse<String> asset = get(css.group(1));
		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		// Browsers ask for HTML, and get error pages in HTML; other clients get JSON
		// errors.
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int countOf(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
