package uk.policenewsroom.accounts;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-ins, lock-outs, throttled attempts and refusals leave a row in the audit log and a
 * structured line in the application log, and neither ever holds a password.
 */
@NewsroomTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityEventsTests {

	private static final String WRONG = "Tr0ub4dor&3-wrong-guess";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	private PressOfficer writer;

	@BeforeEach
	void account() {
		this.data.reset();
		this.writer = this.data.officer(Role.WRITER, "wendy@newsroom.test");
	}

	@Test
	void aSuccessfulSignInIsRecorded(CapturedOutput output) throws Exception {
		this.mvc.perform(login("wendy@newsroom.test", TestData.PASSWORD, "10.1.0.1"));
		assertThat(rows("SIGN_IN_SUCCEEDED")).containsExactly("wendy@newsroom.test|wendy@newsroom.test|From 10.1.0.1");
		assertThat(this.jdbc.queryForObject("select actor_id from audit_events where action = 'SIGN_IN_SUCCEEDED'",
				Long.class))
			.isEqualTo(this.writer.id());
		assertThat(output).contains(
				"security event=SIGN_IN_SUCCEEDED outcome=success client=10.1.0.1 account=\"wendy@newsroom.test\"");
		assertThat(output).doesNotContain(TestData.PASSWORD);
	}

	@Test
	void failuresThenTheLockOutThenThrottledAttemptsAreRecorded(CapturedOutput output) throws Exception {
		for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
			this.mvc.perform(login("wendy@newsroom.test", WRONG, "10.1.0.2"));
		}
		this.mvc.perform(login("wendy@newsroom.test", TestData.PASSWORD, "10.1.0.2"))
			.andExpect(status().isTooManyRequests());
		assertThat(rows("SIGN_IN_FAILED")).hasSize(LoginThrottle.FAILURES_PER_ACCOUNT - 1)
			.allMatch((row) -> row.equals("anonymous|wendy@newsroom.test|From 10.1.0.2"));
		assertThat(rows("SIGN_IN_LOCKED_OUT")).containsExactly("anonymous|wendy@newsroom.test|From 10.1.0.2");
		assertThat(rows("SIGN_IN_THROTTLED")).containsExactly("anonymous|wendy@newsroom.test|From 10.1.0.2");
		assertThat(
				this.jdbc.queryForList("select subject_id from audit_events where action like 'SIGN_IN_%'", Long.class))
			.containsOnly(this.writer.id());
		assertThat(output).contains(
				"security event=SIGN_IN_FAILED outcome=failure client=10.1.0.2 account=\"wendy@newsroom.test\"",
				"security event=SIGN_IN_LOCKED_OUT outcome=failure",
				"security event=SIGN_IN_THROTTLED outcome=failure");
		assertThat(output).doesNotContain(WRONG, TestData.PASSWORD);
		assertThat(
				this.jdbc.queryForList("select coalesce(details, '') || subject_label from audit_events", String.class))
			.noneMatch((text) -> text.contains(WRONG) || text.contains(TestData.PASSWORD));
	}

	@Test
	void aPasswordTypedAsTheEmailAddressIsNeverLogged(CapturedOutput output) throws Exception {
		this.mvc.perform(login(WRONG, TestData.PASSWORD, "10.1.0.3"));
		assertThat(rows("SIGN_IN_FAILED")).containsExactly("anonymous|(not an email address)|From 10.1.0.3");
		assertThat(output).contains("security event=SIGN_IN_FAILED").doesNotContain(WRONG);
	}

	@Test
	void aRefusalForLackOfARoleIsRecorded(CapturedOutput output) throws Exception {
		this.mvc.perform(get("/press-office/accounts").with(user(this.writer)).with((request) -> {
			request.setRemoteAddr("10.1.0.4");
			return request;
		})).andExpect(status().isForbidden());
		assertThat(rows("ACCESS_REFUSED"))
			.containsExactly("wendy@newsroom.test|GET /press-office/accounts|From 10.1.0.4: role");
		assertThat(output).contains("security event=ACCESS_REFUSED outcome=failure client=10.1.0.4"
				+ " actor=\"wendy@newsroom.test\" target=\"GET /press-office/accounts\" reason=role");
	}

	@Test
	void aRefusalForAMissingCsrfTokenIsRecordedWithoutTheToken(CapturedOutput output) throws Exception {
		this.mvc.perform(post("/feedback").param("doing", "Reading").param("_csrf", "planted-token-value"))
			.andExpect(status().isForbidden());
		assertThat(rows("ACCESS_REFUSED")).containsExactly("anonymous|POST /feedback|From 127.0.0.1: csrf");
		assertThat(output).contains("security event=ACCESS_REFUSED").doesNotContain("planted-token-value");
	}

	private List<String> rows(String action) {
		return this.jdbc.queryForList(
				"select actor_name || '|' || subject_label || '|' || details from audit_events where action = ?"
						+ " order by id",
				String.class, action);
	}

	private static MockHttpServletRequestBuilder login(String email, String password, String address) {
		return post("/login").with(csrf()).param("username", email).param("password", password).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
