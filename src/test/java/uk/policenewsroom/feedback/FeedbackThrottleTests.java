package uk.policenewsroom.feedback;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A flood of feedback from one client is answered 429, with a page that says so and keeps
 * what was written, while everybody else's feedback still goes through.
 */
@NewsroomTest
class FeedbackThrottleTests {

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
	void oneClientIsLimitedAndOthersAreNot() throws Exception {
		for (int i = 0; i < FeedbackThrottle.SENDS; i++) {
			this.mvc.perform(send("198.51.100.1", "Message " + i)).andExpect(redirectedUrl("/feedback/thank-you"));
		}
		this.mvc.perform(send("198.51.100.1", "One message too many"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "600"))
			.andExpect(content().string(allOf(containsString("There is a problem"),
					containsString("You have sent a lot of feedback in a short time"),
					containsString("One message too many"), containsString("Leave this site"))));
		this.mvc.perform(send("198.51.100.2", "Another reader")).andExpect(redirectedUrl("/feedback/thank-you"));
		assertThat(this.jdbc.queryForList("select doing from feedback order by id", String.class)).hasSize(6)
			.contains("Another reader")
			.doesNotContain("One message too many");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_events where action = 'FEEDBACK_THROTTLED'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void refusedFormsDoNotUseUpTheAllowance() throws Exception {
		for (int i = 0; i < FeedbackThrottle.SENDS * 2; i++) {
			this.mvc.perform(send("198.51.100.3", "")).andExpect(status().isOk());
		}
		this.mvc.perform(send("198.51.100.3", "Now with words")).andExpect(redirectedUrl("/feedback/thank-you"));
	}

	private static MockHttpServletRequestBuilder send(String address, String doing) {
		return post("/feedback").with(csrf()).param("doing", doing).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
