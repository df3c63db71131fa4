package uk.policenewsroom.site;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.RawHttp;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Absolute links use {@code newsroom.site.base-url} and redirects are relative: a forged
 * Host header never reaches a feed (which shared caches keep) or a redirect.
 */
@NewsroomTest
class HostHeaderTests {

	static final String BASE = "http://localhost:8080";

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@BeforeEach
	void release() {
		this.data.reset();
		this.data.published("county-lines-week", "County lines week", "news", Instant.parse("2026-03-01T10:00:00Z"),
				Set.of(), null);
	}

	@Test
	void theFeedLinksToTheConfiguredAddress() throws IOException {
		RawHttp.Response feed = request("GET /news.atom");
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.body()).contains(BASE + "/news/county-lines-week", BASE + "/news.atom")
			.doesNotContain("evil.example");
	}

	@Test
	void theRedirectToSignInIsRelative() throws IOException {
		RawHttp.Response redirect = request("GET /press-office/releases/new");
		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.header("Location")).isEqualTo("/login");
	}

	@Test
	void noRedirectNamesTheForgedHost() throws IOException {
		for (String line : new String[] { "GET /press-office", "GET /news/old-address", "POST /logout" }) {
			RawHttp.Response response = request(line);
			assertThat(String.valueOf(response.header("Location"))).as(line).doesNotContain("evil.example");
			assertThat(response.body()).as(line).doesNotContain("evil.example");
		}
	}

	private RawHttp.Response request(String line) throws IOException {
		return RawHttp.send(this.port, line + " HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example"
				+ "\r\nConnection: close" + (line.startsWith("POST") ? "\r\nContent-Length: 0" : ""), null);
	}

}
