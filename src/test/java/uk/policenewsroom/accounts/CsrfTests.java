package uk.policenewsroom.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CSRF token is bound to the session: a token is good only in the session that was
 * given it, and a cookie and token pair planted by an attacker (from a sibling subdomain,
 * say) is refused.
 */
@NewsroomTest
class CsrfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void empty() {
		this.data.reset();
	}

	@Test
	void aPlantedCookieAndTokenPairIsRefused() throws Exception {
		this.mvc
			.perform(post("/feedback").cookie(new Cookie("XSRF-TOKEN", "planted"))
				.header("X-XSRF-TOKEN", "planted")
				.param("_csrf", "planted")
				.param("doing", "Planted"))
			.andExpect(status().isForbidden());
		assertThat(stored()).isZero();
	}

	@Test
	void aTokenWorksOnlyInTheSessionThatWasGivenIt() throws Exception {
		MvcResult form = this.mvc.perform(get("/feedback")).andReturn();
		Cookie mine = form.getResponse().getCookie("SESSION");
		Cookie theirs = this.mvc.perform(get("/feedback")).andReturn().getResponse().getCookie("SESSION");
		assertThat(mine.getValue()).isNotEqualTo(theirs.getValue());
		String token = tokenOf(form);
		this.mvc.perform(post("/feedback").cookie(theirs).param("_csrf", token).param("doing", "Theirs"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/feedback").param("_csrf", token).param("doing", "No session"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/feedback").cookie(mine).param("_csrf", token).param("doing", "Mine"))
			.andExpect(redirectedUrl("/feedback/thank-you"));
		assertThat(this.jdbc.queryForList("select doing from feedback", String.class)).containsExactly("Mine");
	}

	@Test
	void readingTheNewsStartsNoSession() throws Exception {
		MvcResult news = this.mvc.perform(get("/news")).andReturn();
		assertThat(news.getRequest().getSession(false)).isNull();
		assertThat(news.getResponse().getCookies()).isEmpty();
	}

	private static String tokenOf(MvcResult page) throws Exception {
		Matcher value = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page.getResponse().getContentAsString());
		assertThat(value.find()).isTrue();
		return value.group(1);
	}

	private int stored() {
		return this.jdbc.queryForObject("select count(*) from feedback", Integer.class);
	}

}
