package uk.policenewsroom.accounts;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCookieTests {

	@Test
	void overHttpsTheSessionCookieIsAHostCookie() {
		String cookie = written("https://news.police.example");
		assertThat(cookie).startsWith("__Host-SESSION=")
			.contains("; Path=/", "; Secure", "; HttpOnly", "; SameSite=Lax")
			.doesNotContainIgnoringCase("Domain=");
	}

	@Test
	void overPlainHttpItIsAnOrdinaryOneSinceBrowsersWouldRefuseTheOther() {
		String cookie = written("http://localhost:8080");
		assertThat(cookie).startsWith("SESSION=").contains("; HttpOnly").doesNotContain("Secure", "__Host-");
	}

	private static String written(String base) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setContextPath("");
		MockHttpServletResponse response = new MockHttpServletResponse();
		SessionCookie.serializerFor(URI.create(base)).writeCookieValue(new CookieValue(request, response, "abc"));
		return response.getHeader("Set-Cookie");
	}

}
