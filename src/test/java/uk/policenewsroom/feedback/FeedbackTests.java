package uk.policenewsroom.feedback;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.policenewsroom.HeldLock;
import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@NewsroomTest
class FeedbackTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FeedbackItems feedback;

	@Autowired
	TestData data;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void empty() {
		this.data.reset();
	}

	@Test
	void theFormKnowsWhichPageTheVisitorCameFrom() throws Exception {
		this.mvc.perform(get("/feedback").param("from", "/news/some-release?q=jane@example.com"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<h1>Give feedback</h1>"), containsString("value=\"/news/some-release\""),
						containsString("name=\"_csrf\""), not(containsString("jane@example.com")))));
	}

	@Test
	void validFeedbackIsStoredWithoutTheAddress() throws Exception {
		this.mvc
			.perform(form().param("doing", "Looking for the county lines results")
				.param("improve", "Show totals at the top")
				.param("rating", "GOOD")
				.param("email", "reader@example.com")
				.param("from", "/news/county-lines/jane@example.com"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/feedback/thank-you"));
		assertThat(this.feedback.findAll()).singleElement().satisfies((stored) -> {
			assertThat(stored.getDoing()).isEqualTo("Looking for the county lines results");
			assertThat(stored.getImprove()).isEqualTo("Show totals at the top");
			assertThat(stored.getRating()).isEqualTo((short) 4);
			assertThat(stored.getEmail()).isEqualTo("reader@example.com");
			assertThat(stored.getPagePath()).isEqualTo("/news/county-lines/");
			assertThat(stored.getReceivedAt()).isNotNull();
			assertThat(stored.getClientHash()).hasSize(32).doesNotContain("127.0.0.1");
		});
	}

	@Test
	void feedbackTheDatabaseCannotStoreInTimeIsKeptOnTheFormWithAClearMessage() throws Exception {
		try (HeldLock slowTransaction = HeldLock.take(this.dataSource, "lock table feedback in exclusive mode")) {
			this.mvc.perform(form().param("doing", "Looking for the knife amnesty appeal").param("rating", "GOOD"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().string(allOf(containsString("<title>Error: Give feedback"),
						containsString(FeedbackController.NOT_SENT),
						containsString(">Looking for the knife amnesty appeal</textarea>"))));
		}
		assertThat(this.feedback.count()).isZero();
		this.mvc.perform(form().param("doing", "Looking for the knife amnesty appeal"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/feedback/thank-you"));
		assertThat(this.feedback.count()).isEqualTo(1);
	}

	@Test
	void whenTheVisitorsSessionCannotBeSavedEitherTheTextIsStillKept() throws Exception {
		MvcResult page = this.mvc.perform(get("/feedback")).andExpect(status().isOk()).andReturn();
		Cookie session = page.getResponse().getCookie("SESSION");
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page.getResponse().getContentAsString());
		assertThat(session).isNotNull();
		assertThat(token.find()).isTrue();
		// A full disk refuses every write: the message, and then the session's last
		// access.
		try (HeldLock slowTransaction = HeldLock.take(this.dataSource,
				"lock table feedback, spring_session, spring_session_attributes in exclusive mode")) {
			this.mvc
				.perform(post("/feedback").cookie(session)
					.param("_csrf", token.group(1))
					.param("doing", "Reading the appeal for the missing cyclist"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().string(allOf(containsString(FeedbackController.NOT_SENT),
						containsString(">Reading the appeal for the missing cyclist</textarea>"))));
		}
		assertThat(this.feedback.count()).isZero();
	}

	@Test
	void oneOfTheTwoQuestionsIsEnough() throws Exception {
		this.mvc.perform(form().param("improve", "Bigger text")).andExpect(status().isFound());
		assertThat(this.feedback.count()).isEqualTo(1);
	}

	@Test
	void emptyFeedbackIsRefusedWithAMessageNextToTheField() throws Exception {
		this.mvc.perform(form().param("doing", "  ").param("email", "kept@example.com"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("feedbackForm", "doing"))
			.andExpect(content().string(allOf(containsString("There is a problem"),
					containsString("Tell us what you were doing or what could be better, or both"),
					containsString("href=\"#doing\""), containsString("id=\"doing-error\""),
					containsString("value=\"kept@example.com\""), containsString("<title>Error: Give feedback"))));
		assertThat(this.feedback.count()).isZero();
	}

	@Test
	void overlongAnswersAreRefusedAndKept() throws Exception {
		String essay = "a".repeat(FeedbackForm.TEXT_MAX + 1);
		this.mvc.perform(form().param("doing", essay).param("improve", "fine"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("feedbackForm", "doing"))
			.andExpect(content().string(allOf(containsString("What you were doing must be 2000 characters or fewer"),
					containsString(essay))));
		assertThat(this.feedback.count()).isZero();
	}

	@Test
	void aBadEmailAddressIsRefused() throws Exception {
		this.mvc.perform(form().param("doing", "Reading").param("email", "not an email"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("feedbackForm", "email"))
			.andExpect(content().string(containsString("Enter an email address in the correct format")));
		assertThat(this.feedback.count()).isZero();
	}

	@Test
	void anUnknownRatingIsRefused() throws Exception {
		this.mvc.perform(form().param("doing", "Reading").param("rating", "ELEVEN"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("feedbackForm", "rating"))
			.andExpect(content().string(containsString("Choose one of the ratings, or none")));
		assertThat(this.feedback.count()).isZero();
	}

	@Test
	void whatABotPutsInTheHoneypotIsThankedAndDropped() throws Exception {
		this.mvc.perform(form().param("doing", "Buy cheap watches").param("website", "https://spam.example"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/feedback/thank-you"));
		assertThat(this.feedback.count()).isZero();
	}

	@Test
	void anOversizedBodyIsRefused() throws Exception {
		this.mvc
			.perform(post("/feedback").with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("doing=" + "a".repeat(70 * 1024)))
			.andExpect(status().isContentTooLarge());
		assertThat(this.feedback.count()).isZero();
	}

	@Test
	void withoutACsrfTokenNothingIsStored() throws Exception {
		this.mvc.perform(post("/feedback").param("doing", "Reading")).andExpect(status().isForbidden());
		this.mvc.perform(post("/feedback").with(csrf().useInvalidToken()).param("doing", "Reading"))
			.andExpect(status().isForbidden());
		assertThat(this.feedback.count()).isZero();
	}

	private static MockHttpServletRequestBuilder form() {
		return post("/feedback").with(csrf());
	}

}
