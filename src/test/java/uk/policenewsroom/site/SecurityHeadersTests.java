package uk.policenewsroom.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.RawHttp;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers are on every kind of response, including the answers Tomcat gives
 * by itself before any of the application sees the request. Sent on raw sockets, since
 * HTTP client libraries refuse to send most of these.
 */
@NewsroomTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@BeforeEach
	void empty() {
		this.data.reset();
	}

	@ParameterizedTest(name = "{0} answers {1}")
	@CsvSource(delimiter = '|', textBlock = """
			GET / HTTP/1.1                                  | 200
			GET /news HTTP/1.1                              | 200
			GET /news.atom HTTP/1.1                         | 200
			GET /feedback HTTP/1.1                          | 200
			GET /login HTTP/1.1                             | 200
			GET /actuator/health/liveness HTTP/1.1          | 200
			GET /images/favicon.svg HTTP/1.1                | 200
			GET /no-such-page HTTP/1.1                      | 404
			GET /news/no-such-release HTTP/1.1              | 404
			GET /news?page=2147483647 HTTP/1.1              | 404
			GET /press-office HTTP/1.1                      | 302
			GET /test-only/failure HTTP/1.1                 | 500
			POST /feedback HTTP/1.1                         | 403
			DELETE /news HTTP/1.1                           | 403
			TRACE / HTTP/1.1                                | 405
			GET /news;jsessionid=ABC123 HTTP/1.1            | 400
			GET //news HTTP/1.1                             | 400
			GET /news%2Fx HTTP/1.1                          | 400
			GET /news/%2e%2e/press-office HTTP/1.1          | 400
			CONNECT 127.0.0.1:443 HTTP/1.1                  | 501
			""")
	void everyResponseCarriesTheSecurityHeaders(String requestLine, int status) throws IOException {
		String head = requestLine + "\r\nHost: localhost\r\nAccept: text/html,*/*;q=0.8\r\nConnection: close"
				+ (requestLine.startsWith("POST") ? "\r\nContent-Length: 0" : "");
		RawHttp.Response response = RawHttp.send(this.port, head, null);
		assertThat(response.status()).as(requestLine).isEqualTo(status);
		assertHeaders(requestLine, response);
	}

	@ParameterizedTest(name = "a {0} byte form")
	@CsvSource({ "71680" })
	void theAnswerToAnOversizedFormCarriesThemToo(int size) throws IOException {
		byte[] body = ("doing=" + "a".repeat(size)).getBytes(StandardCharsets.US_ASCII);
		RawHttp.Response response = RawHttp
			.send(this.port,
					"POST /feedback HTTP/1.1\r\nHost: localhost\r\nAccept: text/html,*/*;q=0.8\r\nConnection: close\r\n"
							+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length,
					body);
		assertThat(response.status()).isEqualTo(413);
		assertHeaders("70 KB form", response);
		assertThat(response.body()).contains("What you sent was too large").doesNotContain("Exception");
	}

	static void assertHeaders(String what, RawHttp.Response response) {
		assertThat(response.header("Content-Security-Policy")).as(what)
			.isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(response.header("X-Frame-Options")).as(what).isEqualTo("DENY");
		assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
		assertThat(response.header("Permissions-Policy")).as(what).isEqualTo(SecurityHeaders.PERMISSIONS_POLICY);
		assertThat(response.body()).as(what).doesNotContain("Apache Tomcat", "at org.", "at java.");
	}

}
