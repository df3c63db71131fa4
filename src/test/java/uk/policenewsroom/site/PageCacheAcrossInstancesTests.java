package uk.policenewsroom.site;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import uk.policenewsroom.NewsroomApplication;
import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;
import uk.policenewsroom.releases.Release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two instances of the site on one database: a change made through one reaches the
 * other's kept pages within the poll interval (a second), and at once on the one that
 * made it.
 */
@NewsroomTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCacheAcrossInstancesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HikariDataSource dataSource;

	private ConfigurableApplicationContext other;

	private int otherPort;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void startAnotherInstance() {
		this.other = new SpringApplicationBuilder(NewsroomApplication.class)
			.properties("server.port=0", "spring.datasource.url=" + this.dataSource.getJdbcUrl(),
					"spring.datasource.username=" + this.dataSource.getUsername(),
					"spring.datasource.password=" + this.dataSource.getPassword(), "newsroom.scheduling.enabled=false",
					"newsroom.embedded-database.enabled=false", "spring.jmx.enabled=false")
			.run();
		this.otherPort = ((WebServerApplicationContext) this.other).getWebServer().getPort();
	}

	@AfterAll
	void stopIt() {
		if (this.other != null) {
			this.other.close();
		}
	}

	@Test
	void aWithdrawalAndAPublicationThroughOneInstanceReachTheOthersReaders() throws Exception {
		this.data.reset();
		Release release = this.data.published("shooting-in-basildon", "Shooting in Basildon", "news",
				Instant.parse("2024-06-01T10:00:00Z"), Set.of(), null);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(get(this.otherPort, "/news/shooting-in-basildon").statusCode()).isEqualTo(200));
		assertThat(get(this.otherPort, "/news").body()).contains("Shooting in Basildon");
		assertThat(get(this.otherPort, "/news/shooting-in-basildon").body())
			.doesNotContain("This release was withdrawn");

		PressOfficer editor = this.data.officer(Role.EDITOR);
		this.mvc.perform(post("/press-office/releases/{id}/withdraw", release.getId()).with(csrf())
			.with(user(editor))
			.param("version",
					this.jdbc.queryForObject("select version from releases where id = ?", Long.class, release.getId())
						.toString())
			.param("revision",
					this.jdbc
						.queryForObject("select revision from releases where id = ?", Integer.class, release.getId())
						.toString())
			.param("confirmed", "true")
			.param("reason", "OTHER")
			.param("text", "Withdrawn on legal advice.")).andExpect(status().is3xxRedirection());

		assertThat(get(this.port, "/news/shooting-in-basildon").body()).contains("This release was withdrawn");
		await().atMost(Duration.ofSeconds(6))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(get(this.otherPort, "/news/shooting-in-basildon").body())
				.contains("This release was withdrawn", "Withdrawn on legal advice."));
		assertThat(get(this.otherPort, "/news").body()).doesNotContain("Shooting in Basildon");

		this.data.published("flood-warning", "Flood warning for Maldon", "news", Instant.parse("2024-06-02T10:00:00Z"),
				Set.of(), null);
		await().atMost(Duration.ofSeconds(6))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(get(this.otherPort, "/news").body()).contains("Flood warning for Maldon"));
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
