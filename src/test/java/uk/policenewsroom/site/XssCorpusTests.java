package uk.policenewsroom.site;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.AccountAdministration;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.operations.TallyKind;
import uk.policenewsroom.operations.TallyLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each payload of an XSS corpus goes into every field that reaches a page (release title,
 * summary and body, area and operation names, tally descriptions, feedback, an officer's
 * name, the audit log), and every page that shows it, public or press office, shows it as
 * text: the payload never comes back as markup.
 */
@NewsroomTest
class XssCorpusTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	AccountAdministration administration;

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>",
			"</textarea><script>alert(1)</script>", "<a href=\"javascript:alert(1)\">x</a>",
			"<iframe src=\"https://evil.example\"></iframe>", "{{7*7}}[[${7*7}]]<b onmouseover=alert(1)>",
			"<style>@import 'https://evil.example/x.css';</style>" })
	void aPayloadInEveryFieldIsShownAsText(String payload) throws Exception {
		this.data.reset();
		PressOfficer admin = this.data.officer(Role.ADMIN);
		Area area = this.data.area("Area " + payload);
		var operation = this.data.operation("operation-xss", "Operation " + payload,
				List.of(TallyLine.count(TallyKind.ARRESTS, 3), TallyLine.count(TallyKind.OTHER, payload, 2)),
				Set.of(area));
		this.data.published("release-xss", "Release " + payload, "news", Instant.parse("2026-03-01T10:00:00Z"),
				Set.of(area), operation.getId());
		this.administration.createBySystem("named@newsroom.test", "Officer " + payload, Role.WRITER, TestData.PASSWORD,
				payload);
		this.mvc.perform(post("/feedback").with(csrf())
			.param("doing", payload)
			.param("improve", payload)
			.param("from", "/news/" + payload));
		for (String page : new String[] { "/", "/news", "/news/release-xss", "/operations", "/operations/operation-xss",
				"/news.atom", "/press-office", "/press-office/feedback", "/press-office/accounts",
				"/press-office/audit", "/press-office/operations" }) {
			MockHttpServletRequestBuilder request = get(page).with(user(admin));
			String body = this.mvc.perform(request).andReturn().getResponse().getContentAsString();
			assertThat(body).as(page).doesNotContain(payload);
			assertThat(body).as(page)
				.doesNotContain("<script>alert", "<img src=x", "<svg onload", "<iframe", "<a href=\"javascript:",
						"<b onmouseover", "<style>@import");
		}
	}

}
