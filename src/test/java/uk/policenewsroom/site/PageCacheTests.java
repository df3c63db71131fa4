package uk.policenewsroom.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.List;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.releases.Release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rendered-page cache over real HTTP: what it keeps, what it never keeps, and that
 * every change reaches readers before the press officer hears it is done.
 */
@NewsroomTest
class PageCacheTests {

	private static final Instant PUBLISHED = Instant.parse("2024-03-18T11:50:00Z");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	MockMvc mvc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private Release release;

	@BeforeEach
	void content() {
		this.data.reset();
		Area colchester = this.data.area("Colchester");
		this.release = this.data.published("arrest-in-colchester", "Arrest in Colchester", "arrest", PUBLISHED,
				Set.of(colchester), null);
	}

	@Test
	void aPageIsRenderedOnceThenSentAsTheSameBytesWithTheSameHeaders() throws Exception {
		double hits = count("hit");
		HttpResponse<String> rendered = fetch("/news/arrest-in-colchester");
		HttpResponse<String> kept = fetch("/news/arrest-in-colchester");
		assertThat(count("hit")).isEqualTo(hits + 1);
		assertThat(kept.statusCode()).isEqualTo(200);
		assertThat(kept.body()).isEqualTo(rendered.body()).contains("Arrest in Colchester");
		assertThat(headers(kept)).isEqualTo(headers(rendered));
		assertThat(kept.headers().firstValue("ETag")).get().asString().matches("\"0[0-9a-f]{32}\"");
		assertThat(kept.headers().firstValue("Cache-Control")).contains("max-age=0, public, s-maxage=60");
		assertThat(kept.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(kept.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void theQueryIsNormalisedSoOneRequestWrittenTwoWaysIsOnePage() throws Exception {
		fetch("/news?category=arrest&area=colchester");
		double hits = count("hit");
		fetch("/news?area=colchester&category=arrest&page=");
		assertThat(count("hit")).isEqualTo(hits + 1);
	}

	@Test
	void conditionalRequestsAreAnsweredWithoutRendering() throws Exception {
		HttpResponse<String> first = fetch("/news");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
		double misses = count("miss");
		assertThat(fetch("/news", "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(fetch("/news", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
		assertThat(count("miss")).isEqualTo(misses);
		assertThat(fetch("/news", "If-None-Match", "\"0other\"").statusCode()).isEqualTo(200);
	}

	@Test
	void readersWhoAcceptGzipGetTheKeptCompressedBytes() throws Exception {
		String plain = fetch("/operations").body();
		HttpResponse<byte[]> compressed = this.http.send(
				request("/operations").header("Accept-Encoding", "gzip, br").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(compressed.headers().allValues("Vary")).anyMatch((vary) -> vary.contains("Accept-Encoding"));
		assertThat(gunzip(compressed.body())).isEqualTo(plain);
		HttpResponse<byte[]> refused = this.http.send(
				request("/operations").header("Accept-Encoding", "gzip;q=0").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void signedInRequestsPressOfficePagesAndFormsNeverTouchTheCache() throws Exception {
		PressOfficer editor = this.data.officer(Role.EDITOR);
		double gets = count("hit") + count("miss");
		this.mvc.perform(get("/press-office").with(user(editor))).andExpect(status().isOk());
		fetch("/feedback");
		fetch("/login");
		fetch("/news/arrest-in-colchester", "Cookie", "SESSION=abc");
		assertThat(count("hit") + count("miss")).isEqualTo(gets);
	}

	@Test
	void aWithdrawalIsOnThePublicPageBeforeTheEditorIsToldItIsDone() throws Exception {
		PressOfficer editor = this.data.officer(Role.EDITOR);
		fetch("/news/arrest-in-colchester");
		fetch("/news");
		this.mvc
			.perform(post("/press-office/releases/{id}/withdraw", this.release.getId()).with(csrf())
				.with(user(editor))
				.param("version",
						this.jdbc
							.queryForObject("select version from releases where id = ?", Long.class,
									this.release.getId())
							.toString())
				.param("revision",
						this.jdbc
							.queryForObject("select revision from releases where id = ?", Integer.class,
									this.release.getId())
							.toString())
				.param("confirmed", "true")
				.param("reason", "OTHER")
				.param("text", "The man has been released without charge."))
			.andExpect(status().is3xxRedirection());
		assertThat(fetch("/news/arrest-in-colchester").body()).contains("This release was withdrawn",
				"The man has been released without charge.");
		assertThat(fetch("/news").body()).doesNotContain("Arrest in Colchester");
	}

	@Test
	void aChangeWrittenOutsideAnyTransactionOfOursReachesReadersWithinSeconds() throws Exception {
		assertThat(fetch("/news/arrest-in-colchester").body()).contains("Arrest in Colchester");
		// As a write path this code does not know would: plain SQL, committed on its own.
		this.jdbc.update("update releases set title = 'Man charged in Colchester' where id = ?", this.release.getId());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(fetch("/news/arrest-in-colchester").body()).contains("Man charged in Colchester"));
	}

	@Test
	void aReleaseDueLaterAppearsWhenItsTimeComesWithoutAnyWrite() throws Exception {
		this.data.published("due-shortly", "Road reopens shortly", "news", Instant.now().plus(2, ChronoUnit.SECONDS),
				Set.of(), null);
		assertThat(fetch("/news").body()).doesNotContain("Road reopens shortly");
		await().atMost(Duration.ofSeconds(8))
			.untilAsserted(() -> assertThat(fetch("/news").body()).contains("Road reopens shortly"));
	}

	private double count(String result) {
		var counter = this.meters.find("cache.gets").tag("cache", "pages").tag("result", result).functionCounter();
		return (counter != null) ? counter.count() : 0;
	}

	private HttpResponse<String> fetch(String path, String... header) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path);
		for (int i = 0; i < header.length; i += 2) {
			request.header(header[i], header[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private static Map<String, List<String>> headers(HttpResponse<?> response) {
		Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
		headers.remove("date");
		return headers;
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
