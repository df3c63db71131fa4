package uk.policenewsroom.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inbox on a busy day: marking several at once, spam out of the way, a search of the
 * text, and dates in day, month and year boxes.
 */
@NewsroomTest
class FeedbackBusyDayTests {

	private static final Instant MORNING = Instant.parse("2026-03-18T09:15:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	FeedbackItems items;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	private PressOfficer editor;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.editor = this.data.officer(Role.EDITOR);
	}

	@Test
	void severalAreMarkedAtOnceEachAudited() throws Exception {
		Feedback alpha = feedback(MORNING, "Alpha", null);
		Feedback bravo = feedback(MORNING, "Bravo", null);
		Feedback charlie = feedback(MORNING, "Charlie", null);

		this.mvc
			.perform(post("/press-office/feedback/bulk").with(user(this.editor))
				.with(csrf())
				.param("ids", alpha.getId().toString(), charlie.getId().toString())
				.param("to", "read")
				.param("q", "a")
				.param("page", "2"))
			.andExpect(redirectedUrl("/press-office/feedback?q=a&page=2"))
			.andExpect(flash().attribute("notice", "2 pieces of feedback marked as read"));

		assertThat(statusOf(alpha)).isEqualTo(FeedbackStatus.READ);
		assertThat(statusOf(bravo)).isEqualTo(FeedbackStatus.NEW);
		assertThat(statusOf(charlie)).isEqualTo(FeedbackStatus.READ);
		assertThat(this.audit.trailOf("feedback", alpha.getId())).singleElement()
			.satisfies((event) -> assertThat(event.getAction()).isEqualTo("FEEDBACK_MARKED_READ"));
		assertThat(this.audit.trailOf("feedback", bravo.getId())).isEmpty();
	}

	@Test
	void markingNothingSaysWhatToDoAndABadStatusIsRefused() throws Exception {
		Feedback alpha = feedback(MORNING, "Alpha", null);
		this.mvc
			.perform(post("/press-office/feedback/bulk").with(user(this.editor)).with(csrf()).param("to", "actioned"))
			.andExpect(redirectedUrl("/press-office/feedback"))
			.andExpect(flash().attribute("problem", "Select the feedback to mark, then choose how to mark it"));
		this.mvc
			.perform(post("/press-office/feedback/bulk").with(user(this.editor))
				.with(csrf())
				.param("ids", alpha.getId().toString())
				.param("to", "deleted"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/press-office/feedback/bulk").with(user(this.data.officer(Role.WRITER)))
				.with(csrf())
				.param("ids", alpha.getId().toString())
				.param("to", "read"))
			.andExpect(status().isForbidden());
		assertThat(statusOf(alpha)).isEqualTo(FeedbackStatus.NEW);
	}

	@Test
	void theListHasACheckboxForEachItemAndButtonsToMarkTheSelected() throws Exception {
		Feedback alpha = feedback(MORNING, "Alpha", null);
		assertThat(inbox("?q=alpha")).contains("<form id=\"bulk\"",
				"<input type=\"checkbox\" name=\"ids\" form=\"bulk\" value=\"" + alpha.getId() + "\"",
				"<button type=\"submit\" name=\"to\" value=\"spam\"", "Mark selected as spam",
				"<input type=\"hidden\" name=\"q\" value=\"alpha\">");
	}

	@Test
	void spamIsLeftOutUnlessAskedForAndIsStillDeletedByRetention() throws Exception {
		Feedback spam = feedback(Instant.parse("2024-01-01T10:00:00Z"), "Cheap watches at example.test", null);
		feedback(MORNING, "Looking for an appeal", null);
		this.mvc.perform(post("/press-office/feedback/{id}/spam", spam.getId()).with(user(this.editor)).with(csrf()))
			.andExpect(flash().attribute("notice", "Marked as spam"));

		assertThat(inbox("")).contains("Looking for an appeal").doesNotContain("Cheap watches");
		assertThat(inbox("?status=spam")).contains("Cheap watches").doesNotContain("Looking for an appeal");
		String csv = this.mvc.perform(get("/press-office/feedback/export.csv").with(user(this.editor)))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).doesNotContain("Cheap watches");

		FeedbackRetention retention = new FeedbackRetention(this.items, this.audit, Period.ofMonths(12),
				Clock.fixed(MORNING, ZoneOffset.UTC));
		Integer deleted = this.transactions.execute((status) -> retention.deleteExpired());
		assertThat(deleted).isOne();
		assertThat(this.items.findById(spam.getId())).isEmpty();
	}

	@Test
	void theTextSearchLooksInWhatTheyWroteAndTheirEmailIgnoringCase() throws Exception {
		feedback(MORNING, "Looking for the MISSING woman appeal", null);
		feedback(MORNING, "Reading the news", "Bigger text please");
		feedback(MORNING, "Checking roadworks", null, "jo@missing-persons.test");
		feedback(MORNING, "100% sure", null);

		assertThat(inbox("?q=missing")).contains("MISSING woman", "jo@missing-persons.test")
			.doesNotContain("Reading the news");
		assertThat(search("bigger TEXT")).contains("Reading the news").doesNotContain("MISSING woman");
		assertThat(search("%")).contains("100% sure").doesNotContain("Reading the news");
		assertThat(inbox("?q=missing")).contains("value=\"missing\"");
	}

	@Test
	void datesNarrowTheListAndABadDateIsShownNextToItsBox() throws Exception {
		feedback(Instant.parse("2026-03-17T23:30:00Z"), "Late on the 17th", null);
		feedback(Instant.parse("2026-03-18T00:30:00Z"), "Early on the 18th in London", null);

		assertThat(inbox("?fromDay=18&fromMonth=3&fromYear=2026")).contains("Early on the 18th")
			.doesNotContain("Late on the 17th");
		assertThat(inbox("?toDay=17&toMonth=3&toYear=2026")).contains("Late on the 17th")
			.doesNotContain("Early on the 18th");

		this.mvc.perform(get("/press-office/feedback?fromDay=30&fromMonth=2&fromYear=2026").with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>Error: Feedback"),
					containsString("There is a problem"), containsString("href=\"#fromDay\""),
					containsString("id=\"fromDay-error\""), containsString("From date must be a real date"))));
		this.mvc
			.perform(get("/press-office/feedback?fromDay=18&fromMonth=3&fromYear=2026&toDay=17&toMonth=3&toYear=2026")
				.with(user(this.editor)))
			.andExpect(content().string(containsString("The to date must be the same as or after the from date")));
	}

	private String search(String text) throws Exception {
		return this.mvc.perform(get("/press-office/feedback").param("q", text).with(user(this.editor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String inbox(String query) throws Exception {
		return this.mvc.perform(get("/press-office/feedback" + query).with(user(this.editor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private Feedback feedback(Instant at, String doing, String improve) {
		return feedback(at, doing, improve, null);
	}

	private Feedback feedback(Instant at, String doing, String improve, String email) {
		return this.items
			.save(new Feedback(doing, improve, Rating.GOOD, email, "/news", "hash", Clock.fixed(at, ZoneOffset.UTC)));
	}

	private FeedbackStatus statusOf(Feedback item) {
		return this.items.findById(item.getId()).orElseThrow().getStatus();
	}

}
