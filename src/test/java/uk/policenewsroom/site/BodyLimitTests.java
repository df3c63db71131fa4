package uk.policenewsroom.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.RawHttp;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One body limit for every address and encoding: a declared length, a chunked body, a
 * multipart body with a huge field. Each is a 413 page (never a 500), and nothing is
 * stored, even with a valid session and CSRF token.
 */
@NewsroomTest
class BodyLimitTests {

	private static final String BOUNDARY = "----newsroom-test-boundary";

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	private String cookie;

	private String token;

	@BeforeEach
	void session() throws IOException {
		this.data.reset();
		RawHttp.Response form = RawHttp.get(this.port, "/feedback");
		this.cookie = form.header("Set-Cookie").split(";")[0];
		Matcher value = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(value.find()).isTrue();
		this.token = value.group(1);
	}

	@Test
	void aValidSmallMultipartFormIsStored() throws IOException {
		byte[] body = multipart("Reading the news");
		RawHttp.Response response = post("/feedback", "Content-Length: " + body.length, body);
		assertThat(response.status()).isEqualTo(302);
		assertThat(stored()).isEqualTo(1);
	}

	@Test
	void aHugeChunkedMultipartBodyIsRefused() throws IOException {
		RawHttp.Response response = post("/feedback", "Transfer-Encoding: chunked",
				RawHttp.chunked(multipart("x".repeat(9 * 1024 * 1024))));
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.body()).contains("What you sent was too large");
		assertThat(stored()).isZero();
	}

	@Test
	void aChunkedMultipartFieldOverTheFormLimitIsRefused() throws IOException {
		RawHttp.Response response = post("/feedback", "Transfer-Encoding: chunked",
				RawHttp.chunked(multipart("x".repeat(70 * 1024))));
		assertThat(response.status()).isEqualTo(413);
		assertThat(stored()).isZero();
	}

	@Test
	void aChunkedFormWithinTheLimitIsAskedForItsLength() throws IOException {
		byte[] form = ("_csrf=" + this.token + "&doing=Reading").getBytes(StandardCharsets.US_ASCII);
		RawHttp.Response response = post("/feedback",
				"Transfer-Encoding: chunked\r\nContent-Type: application/x-www-form-urlencoded", RawHttp.chunked(form));
		assertThat(response.status()).isEqualTo(411);
		assertThat(stored()).isZero();
	}

	@Test
	void aMultipartFieldOverTheFormLimitAtTheUploadAddressIsRefused() throws IOException {
		byte[] body = multipart("x".repeat(100 * 1024));
		RawHttp.Response response = post("/press-office/releases/1/image", "Content-Length: " + body.length, body);
		assertThat(response.status()).isEqualTo(413);
	}

	@Test
	void aDeclaredLengthOverTheUploadLimitIsRefusedAtOnce() throws IOException {
		RawHttp.Response response = post("/press-office/releases/1/image",
				"Content-Length: " + (12 * 1024 * 1024) + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY,
				new byte[0]);
		assertThat(response.status()).isEqualTo(413);
	}

	private RawHttp.Response post(String path, String headers, byte[] body) throws IOException {
		String type = headers.contains("Content-Type") ? ""
				: "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY;
		return RawHttp.send(this.port,
				"POST " + path
						+ " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html,*/*;q=0.8\r\nConnection: close\r\nCookie: "
						+ this.cookie + "\r\n" + headers + type,
				body);
	}

	private byte[] multipart(String doing) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		part(out, "_csrf", this.token);
		part(out, "doing", doing);
		out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	private static void part(ByteArrayOutputStream out, String name, String value) {
		out.writeBytes(
				("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
	}

	private int stored() {
		return this.jdbc.queryForObject("select count(*) from feedback", Integer.class);
	}

}
