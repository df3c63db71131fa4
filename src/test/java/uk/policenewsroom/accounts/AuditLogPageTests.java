package uk.policenewsroom.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit log as admins read it: plain words and names, the trail of one thing, dates
 * in boxes with errors next to them, the CSV export, and unlocking an account.
 */
@NewsroomTest
class AuditLogPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	private PressOfficer admin;

	private PressOfficer editor;

	@BeforeEach
	void people() {
		this.data.reset();
		this.admin = this.data.officer(Role.ADMIN, "admin@newsroom.test");
		this.editor = this.data.officer(Role.EDITOR, "editor@newsroom.test");
		this.jdbc.update("update accounts set display_name = 'Priya Shah' where id = ?", this.editor.id());
	}

	@Test
	void actionsAreInPlainWordsAndOfficersByName() throws Exception {
		record(this.editor, "RELEASE_PUBLISHED", "release", 7L, "Appeal after Harlow burglary", null);
		record(null, "ARCHIVE_EXPORTED", "account", this.editor.id(), "editor@newsroom.test", null);

		this.mvc.perform(get("/press-office/audit").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Published a release"), containsString("Priya Shah"),
					containsString("Archive exported"), containsString("The system"),
					containsString("href=\"/press-office/releases/7\""))))
			.andExpect(content().string(not(containsString(">RELEASE_PUBLISHED<"))));
		this.mvc.perform(get("/press-office/audit").param("actor", "priya").with(user(this.admin)))
			.andExpect(content().string(containsString("Appeal after Harlow burglary")))
			.andExpect(content().string(not(containsString("data-code=\"ARCHIVE_EXPORTED\""))));
	}

	@Test
	void theTrailOfOneReleaseShowsOnlyItsEvents() throws Exception {
		record(this.editor, "RELEASE_SUBMITTED", "release", 7L, "Appeal after Harlow burglary", null);
		record(this.editor, "RELEASE_PUBLISHED", "release", 7L, "Appeal after Harlow burglary", null);
		record(this.editor, "RELEASE_PUBLISHED", "release", 8L, "Road closed in Braintree", null);
		record(this.editor, "OPERATION_EDITED", "operation", 7L, "Operation Raptor", null);

		this.mvc.perform(
				get("/press-office/audit").param("subject", "release").param("subjectId", "7").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Audit trail"),
					containsString("Submitted a release for review"), containsString("Appeal after Harlow burglary"))))
			.andExpect(content().string(not(containsString("Road closed in Braintree"))))
			.andExpect(content().string(not(containsString("Operation Raptor"))));
	}

	@Test
	void theReleaseAndOperationPagesLinkToTheirTrailForAdminsOnly() throws Exception {
		long id = this.data.draft("harlow-appeal", "Appeal after Harlow burglary").getId();
		String trail = "/press-office/audit?subject=release&amp;subjectId=" + id;
		this.mvc.perform(get("/press-office/releases/{id}", id).with(user(this.admin)))
			.andExpect(content().string(containsString(trail)));
		this.mvc.perform(get("/press-office/releases/{id}", id).with(user(this.editor)))
			.andExpect(content().string(not(containsString(trail))));
	}

	@Test
	void datesAreFilteredInLondonDays() throws Exception {
		recordAt("2026-03-17T23:30:00Z", "RELEASE_SAVED", "The 17th, late");
		recordAt("2026-03-18T00:30:00Z", "RELEASE_SAVED", "The 18th, early");
		this.mvc
			.perform(get("/press-office/audit").param("fromDay", "18")
				.param("fromMonth", "3")
				.param("fromYear", "2026")
				.param("toDay", "18")
				.param("toMonth", "3")
				.param("toYear", "2026")
				.with(user(this.admin)))
			.andExpect(content().string(containsString("The 18th, early")))
			.andExpect(content().string(not(containsString("The 17th, late"))));
	}

	@Test
	void aBadDateGivesTheFilterPageWithTheErrorNextToTheField() throws Exception {
		recordAt("2026-03-18T10:00:00Z", "RELEASE_SAVED", "Knife arch in Colchester");
		this.mvc
			.perform(get("/press-office/audit").param("fromDay", "31")
				.param("fromMonth", "2")
				.param("fromYear", "2026")
				.with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<title>Error: Audit log"), containsString("There is a problem"),
						containsString("href=\"#fromDay\""), containsString("id=\"fromDay-error\""),
						containsString("From date must be a real date"), containsString("value=\"31\""))))
			.andExpect(content().string(not(containsString("Knife arch in Colchester"))));
		this.mvc
			.perform(get("/press-office/audit").param("toDay", "1")
				.param("toMonth", "")
				.param("toYear", "2026")
				.with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("To date must include a month")));
		this.mvc
			.perform(get("/press-office/audit/export.csv").param("fromYear", "26")
				.param("fromMonth", "3")
				.param("fromDay", "1")
				.with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must have 4 numbers")));
	}

	@Test
	void theCsvExportHasNamesWordsAndNoFormulas() throws Exception {
		record(this.editor, "RELEASE_REJECTED", "release", 7L, "=HYPERLINK(\"http://evil.test\")", "+add the ages");
		byte[] csv = this.mvc.perform(get("/press-office/audit/export.csv").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv; charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"audit-")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF" + AuditController.CSV_HEADER + "\r\n");
		assertThat(text).contains("Priya Shah,editor@newsroom.test,Sent a release back to the writer,RELEASE_REJECTED")
			.contains(",\"'=HYPERLINK(\"\"http://evil.test\"\")\",'+add the ages\r\n");
		this.mvc.perform(get("/press-office/audit/export.csv").with(user(this.editor)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdminUnlocksALockedOutAccountAndItIsAudited() throws Exception {
		for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
			this.mvc.perform(login("editor@newsroom.test", "guess " + i)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(login("editor@newsroom.test", TestData.PASSWORD)).andExpect(status().isTooManyRequests());

		this.mvc
			.perform(post("/press-office/accounts/{id}/unlock", this.editor.id()).with(csrf()).with(user(this.editor)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/press-office/accounts/{id}/unlock", this.editor.id()).with(csrf()).with(user(this.admin)))
			.andExpect(redirectedUrl("/press-office/accounts/" + this.editor.id()));

		this.mvc.perform(login("editor@newsroom.test", TestData.PASSWORD)).andExpect(redirectedUrl("/press-office"));
		assertThat(this.jdbc.queryForObject(
				"select details from audit_events where action = 'ACCOUNT_UNLOCKED' and subject_id = ?", String.class,
				this.editor.id()))
			.isEqualTo("Failed sign-ins cleared from 1 address");
		this.mvc.perform(get("/press-office/accounts/{id}", this.editor.id()).with(user(this.admin)))
			.andExpect(content().string(containsString("Unlock account")));
		this.mvc.perform(post("/press-office/accounts/999999/unlock").with(csrf()).with(user(this.admin)))
			.andExpect(status().isNotFound());
	}

	private void record(PressOfficer actor, String action, String type, Long id, String label, String details) {
		this.transactions.executeWithoutResult((status) -> this.audit.record(actor, action, type, id, label, details));
	}

	private void recordAt(String at, String action, String label) {
		this.jdbc.update(
				"insert into audit_events (happened_at, actor_name, action, subject_type, subject_id, subject_label)"
						+ " values (?::timestamptz, 'system', ?, 'release', 1, ?)",
				Instant.parse(at).toString(), action, label);
	}

	private static MockHttpServletRequestBuilder login(String email, String password) {
		return post("/login").with(csrf()).param("username", email).param("password", password).with((request) -> {
			request.setRemoteAddr("203.0.113.20");
			return request;
		});
	}

}
