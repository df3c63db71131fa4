package uk.policenewsroom.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in: Argon2, one message for every failure, throttling that cannot be turned
 * into a lock-out, disabled accounts, sessions.
 */
@NewsroomTest
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountAdministration administration;

	@Autowired
	SessionRepository<? extends Session> sessions;

	private PressOfficer writer;

	@BeforeEach
	void account() {
		this.data.reset();
		this.writer = this.data.officer(Role.WRITER, "wendy@newsroom.test");
	}

	@Test
	void passwordsAreStoredAsArgon2Hashes() {
		String hash = this.jdbc.queryForObject("select password_hash from accounts where email = ?", String.class,
				"wendy@newsroom.test");
		assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(TestData.PASSWORD);
	}

	@Test
	void theRightPasswordSignsInAndChangesTheSessionId() throws Exception {
		Cookie before = this.mvc.perform(get("/press-office"))
			.andExpect(redirectedUrl("/login"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(before).isNotNull();
		Cookie after = this.mvc.perform(login("WENDY@newsroom.test", TestData.PASSWORD, "10.0.0.1").cookie(before))
			.andExpect(redirectedUrl("/press-office?continue"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		assertThat(after.isHttpOnly()).isTrue();
		this.mvc.perform(get("/press-office").cookie(after)).andExpect(status().isOk());
	}

	@Test
	void aSessionEndsTwelveHoursAfterSignInHoweverActiveOnWhicheverInstanceServesIt() throws Exception {
		Cookie visitor = this.mvc.perform(get("/press-office")).andReturn().getResponse().getCookie("SESSION");
		Cookie cookie = this.mvc.perform(login("wendy@newsroom.test", TestData.PASSWORD, "10.0.0.7").cookie(visitor))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
		// Kept in the session in PostgreSQL, where every instance reads it.
		Instant signedIn = this.sessions.findById(id).getAttribute(SessionLifetime.SIGNED_IN_AT);
		assertThat(Duration.between(signedIn, Instant.now())).isBetween(Duration.ZERO, Duration.ofMinutes(5));

		signedInAgo(id, Duration.ofHours(11).plusMinutes(50));
		this.mvc.perform(get("/press-office").cookie(cookie)).andExpect(status().isOk());
		signedInAgo(id, Duration.ofHours(12));
		this.mvc.perform(get("/press-office").cookie(cookie)).andExpect(redirectedUrl("/login?expired"));
		assertThat(this.sessions.findById(id)).isNull();
		this.mvc.perform(get("/press-office").cookie(cookie)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login").param("expired", ""))
			.andExpect(content().string(containsString(
					"You have been signed out because it is 12 hours since you signed in. Sign in again to carry on.")));
	}

	/** As though the officer had signed in {@code ago}, and been busy ever since. */
	private void signedInAgo(String id, Duration ago) {
		signedInAgo(this.sessions, id, ago);
	}

	private static <S extends Session> void signedInAgo(SessionRepository<S> repository, String id, Duration ago) {
		S session = repository.findById(id);
		session.setAttribute(SessionLifetime.SIGNED_IN_AT, Instant.now().minus(ago));
		repository.save(session);
	}

	@Test
	void anUnknownAccountAndAWrongPasswordGetTheSameAnswer() throws Exception {
		String unknown = this.mvc.perform(login("nobody@newsroom.test", TestData.PASSWORD, "10.0.0.2"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String wrong = this.mvc.perform(login("wendy@newsroom.test", "not the password", "10.0.0.2"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(unknown).isEqualTo(wrong).isEqualTo("/login?error");
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("Email address or password is not right")));
	}

	@Test
	void repeatedFailuresAreThrottledWithoutLockingTheOfficerOutFromElsewhere() throws Exception {
		for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
			this.mvc.perform(login("wendy@newsroom.test", "guess " + i, "203.0.113.9"))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(login("wendy@newsroom.test", TestData.PASSWORD, "203.0.113.9"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"));
		this.mvc.perform(login("wendy@newsroom.test", TestData.PASSWORD, "198.51.100.7"))
			.andExpect(redirectedUrl("/press-office"));
	}

	@Test
	void oneAddressTryingManyAccountsIsThrottled() throws Exception {
		for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
			this.mvc.perform(login("someone" + i + "@newsroom.test", "guess", "192.0.2.50"));
		}
		this.mvc.perform(login("wendy@newsroom.test", TestData.PASSWORD, "192.0.2.50"))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void aDisabledAccountCannotSignInAndItsSessionsEnd() throws Exception {
		Cookie session = this.mvc.perform(login("wendy@newsroom.test", TestData.PASSWORD, "10.0.0.3"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/press-office").cookie(session)).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, "wendy@newsroom.test"))
			.isEqualTo(1);
		PressOfficer admin = this.data.officer(Role.ADMIN);
		this.mvc.perform(post("/press-office/accounts/{id}/disable", this.writer.id()).with(csrf()).with(user(admin)));
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, "wendy@newsroom.test"))
			.isZero();
		this.mvc.perform(get("/press-office").cookie(session)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(login("wendy@newsroom.test", TestData.PASSWORD, "10.0.0.3"))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_events where action = 'ACCOUNT_DISABLED'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void signingOutIsAPost() throws Exception {
		this.mvc.perform(post("/logout").with(csrf()).with(user(this.writer)))
			.andExpect(redirectedUrl("/login?signed-out"));
		this.mvc.perform(get("/logout").with(user(this.writer)))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isNotEqualTo(302));
	}

	@Test
	void commonAndShortPasswordsAreRefused() throws Exception {
		PressOfficer admin = this.data.officer(Role.ADMIN);
		for (String weak : new String[] { "short", "password123", "qwertyuiop", "aaaaaaaaaaaa" }) {
			this.mvc
				.perform(post("/press-office/accounts").with(csrf())
					.with(user(admin))
					.param("email", "new@newsroom.test")
					.param("displayName", "New")
					.param("role", "WRITER")
					.param("password", weak))
				.andExpect(content()
					.string(anyOf(containsString("Password must be at least 8"), containsString("too common"))));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from accounts where email = 'new@newsroom.test'",
				Integer.class))
			.isZero();
		this.mvc.perform(post("/press-office/accounts").with(csrf())
			.with(user(admin))
			.param("email", "new@newsroom.test")
			.param("displayName", "New")
			.param("role", "WRITER")
			.param("password", "ünïcode & spaces are fine"));
		assertThat(
				this.jdbc.queryForObject("select role from accounts where email = 'new@newsroom.test'", String.class))
			.isEqualTo("WRITER");
	}

	@Test
	void anOfficerChangesTheirOwnPassword() throws Exception {
		this.mvc
			.perform(post("/press-office/password").with(csrf())
				.with(user(this.writer))
				.param("current", "wrong")
				.param("password", "a new long passphrase")
				.param("confirmation", "a new long passphrase"))
			.andExpect(content().string(containsString("Your current password is not right")));
		this.mvc
			.perform(post("/press-office/password").with(csrf())
				.with(user(this.writer))
				.param("current", TestData.PASSWORD)
				.param("password", "a new long passphrase")
				.param("confirmation", "a different one"))
			.andExpect(content().string(containsString("The passwords do not match")));
		this.mvc
			.perform(post("/press-office/password").with(csrf())
				.with(user(this.writer))
				.param("current", TestData.PASSWORD)
				.param("password", "a new long passphrase")
				.param("confirmation", "a new long passphrase"))
			.andExpect(redirectedUrl("/press-office"));
		this.mvc.perform(login("wendy@newsroom.test", TestData.PASSWORD, "10.0.0.9"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(login("wendy@newsroom.test", "a new long passphrase", "10.0.0.9"))
			.andExpect(redirectedUrl("/press-office"));
	}

	@Test
	void anAdminCreatesAnAccountThatCanSignIn() throws Exception {
		PressOfficer admin = this.data.officer(Role.ADMIN);
		this.mvc.perform(post("/press-office/accounts").with(csrf())
			.with(user(admin))
			.param("email", " Sam.Editor@Newsroom.test ")
			.param("displayName", "Sam Editor")
			.param("role", "EDITOR")
			.param("password", "sixteen letters!"));
		this.mvc.perform(login("sam.editor@newsroom.test", "sixteen letters!", "10.0.0.10"))
			.andExpect(redirectedUrl("/press-office"));
		this.mvc
			.perform(post("/press-office/accounts").with(csrf())
				.with(user(admin))
				.param("email", "sam.editor@newsroom.test")
				.param("displayName", "Sam Again")
				.param("role", "WRITER")
				.param("password", "sixteen letters!"))
			.andExpect(content().string(containsString("There is already an account with that email address")));
		assertThat(
				this.jdbc.queryForList("select action from audit_events where action like 'ACCOUNT_%'", String.class))
			.contains("ACCOUNT_CREATED");
	}

	private static MockHttpServletRequestBuilder login(String email, String password, String address) {
		return post("/login").with(csrf()).param("username", email).param("password", password).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
