package uk.policenewsroom.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import uk.policenewsroom.NewsroomTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages are the site's HTML page whatever the client accepts: curl, link checkers
 * and crawlers send {@code Accept: *}{@code /*} and used to get JSON.
 */
@NewsroomTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/no-such-page | */* | 404 | Page not found",
			"/no-such-page | application/json | 404 | Page not found", "/no-such-page | '' | 404 | Page not found",
			"/news.atom?area=atlantis | */* | 404 | Page not found", "/news?page=abc | */* | 404 | Page not found",
			NewsroomTest.FAILING_PAGE + " | */* | 500 | Sorry, there is a problem with the service" })
	void everyErrorIsTheHtmlPage(String path, String accept, int status, String heading) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (!accept.isEmpty()) {
			request.header("Accept", accept);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<h1>" + heading + "</h1>", "Leave this site")
			.doesNotContain("A failure the visitor must never see", "Exception", "\"status\"");
	}

}
