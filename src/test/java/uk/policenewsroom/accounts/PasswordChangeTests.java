package uk.policenewsroom.accounts;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing your own password ends your other sessions (one someone else may hold), and
 * guessing the current password from a stolen session is throttled as sign-in is.
 */
@NewsroomTest
class PasswordChangeTests {

	private static final String NEW_PASSWORD = "a new long passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void account() {
		this.data.reset();
		this.data.officer(Role.WRITER, "wendy@newsroom.test");
	}

	@Test
	void aChangeEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
		Cookie mine = signIn("10.2.0.1");
		Cookie other = signIn("10.2.0.2");
		this.mvc.perform(get("/press-office").cookie(other)).andExpect(status().isOk());
		this.mvc.perform(change(mine, TestData.PASSWORD)).andExpect(redirectedUrl("/press-office"));
		this.mvc.perform(get("/press-office").cookie(mine)).andExpect(status().isOk());
		this.mvc.perform(get("/press-office").cookie(other)).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, "wendy@newsroom.test"))
			.isEqualTo(1);
	}

	@Test
	void wrongCurrentPasswordsAreThrottled() throws Exception {
		Cookie session = signIn("10.2.0.3");
		for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
			this.mvc.perform(change(session, "guess number " + i))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Your current password is not right")));
		}
		this.mvc.perform(change(session, TestData.PASSWORD))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(content().string(containsString(PasswordController.THROTTLED)));
		this.mvc.perform(signInAs(NEW_PASSWORD, "10.2.0.4")).andExpect(redirectedUrl("/login?error"));
		assertThat(count("PASSWORD_CHECK_FAILED")).isEqualTo(LoginThrottle.FAILURES_PER_ACCOUNT);
		assertThat(count("PASSWORD_CHECK_THROTTLED")).isEqualTo(1);
		assertThat(count("PASSWORD_CHANGED")).isZero();
	}

	private Cookie signIn(String address) throws Exception {
		return this.mvc.perform(signInAs(TestData.PASSWORD, address)).andReturn().getResponse().getCookie("SESSION");
	}

	private static MockHttpServletRequestBuilder signInAs(String password, String address) {
		return post("/login").with(csrf())
			.param("username", "wendy@newsroom.test")
			.param("password", password)
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

	private static MockHttpServletRequestBuilder change(Cookie session, String current) {
		return post("/press-office/password").with(csrf())
			.cookie(session)
			.param("current", current)
			.param("password", NEW_PASSWORD)
			.param("confirmation", NEW_PASSWORD);
	}

	private int count(String action) {
		return this.jdbc.queryForObject("select count(*) from audit_events where action = ?", Integer.class, action);
	}

}
