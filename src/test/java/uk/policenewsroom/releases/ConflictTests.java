package uk.policenewsroom.releases;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two officers edit the same release: whoever saves second is told (409 Conflict), sees
 * the differences, loses nothing they typed, and must choose before anything is replaced.
 */
@NewsroomTest
class ConflictTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	private PressOfficer first;

	private PressOfficer second;

	@BeforeEach
	void twoWriters() {
		this.data.reset();
		this.first = this.data.officer(Role.WRITER);
		this.second = this.data.officer(Role.EDITOR);
	}

	@Test
	void theSecondSaveGetsAConflictPageWithTheDifferencesAndAChoice() throws Exception {
		long id = this.data.draft("shared-draft", "Shared draft").getId();
		long opened = version(id);

		this.mvc.perform(save(id, this.first, "Words from the first editor", opened))
			.andExpect(redirectedUrl("/press-office/releases/" + id));
		long theirs = version(id);

		this.mvc.perform(save(id, this.second, "Words from the second editor", opened))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(
					containsString("Somebody else saved this release while you were editing it"),
					containsString("Words from the second editor"), containsString("The saved version"),
					containsString("<del><span class=\"visually-hidden\">Only in the saved version: </span>"
							+ "Words from the first editor</del>"),
					containsString("<ins><span class=\"visually-hidden\">Only in yours: </span>"
							+ "Words from the second editor</ins>"),
					containsString("name=\"version\" value=\"" + opened + "\""),
					containsString("name=\"replacing\" value=\"" + theirs + "\""),
					containsString("Keep my version (replace theirs)"), containsString("Start from their version"))));
		assertThat(body(id)).isEqualTo("Words from the first editor");
	}

	@Test
	void sendingTheConflictPageAgainWithoutAChoiceReplacesNothing() throws Exception {
		long id = this.data.draft("shared-draft", "Shared draft").getId();
		long opened = version(id);
		this.mvc.perform(save(id, this.first, "Words from the first editor", opened));
		long theirs = version(id);

		// The conflict page's form as sent again: its own version, and no choice made.
		this.mvc.perform(save(id, this.second, "Words from the second editor", opened))
			.andExpect(status().isConflict());
		this.mvc
			.perform(save(id, this.second, "Words from the second editor", opened).param("action", "resolve")
				.param("replacing", Long.toString(theirs)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Choose whether to keep your version or start from theirs")));
		assertThat(body(id)).isEqualTo("Words from the first editor");
	}

	@Test
	void keepingMyVersionReplacesTheVersionWhoseDifferencesWereShown() throws Exception {
		long id = this.data.draft("shared-draft", "Shared draft").getId();
		long opened = version(id);
		this.mvc.perform(save(id, this.first, "Words from the first editor", opened));
		long theirs = version(id);

		this.mvc
			.perform(save(id, this.second, "Words from the second editor", opened).param("action", "resolve")
				.param("choice", "mine")
				.param("replacing", Long.toString(theirs)))
			.andExpect(redirectedUrl("/press-office/releases/" + id));
		assertThat(body(id)).isEqualTo("Words from the second editor");
	}

	@Test
	void keepingMyVersionAfterAThirdSaveIsAnotherConflict() throws Exception {
		long id = this.data.draft("shared-draft", "Shared draft").getId();
		long opened = version(id);
		this.mvc.perform(save(id, this.first, "Words from the first editor", opened));
		long shown = version(id);
		this.mvc.perform(save(id, this.first, "The first editor again", shown));

		this.mvc
			.perform(save(id, this.second, "Words from the second editor", opened).param("action", "resolve")
				.param("choice", "mine")
				.param("replacing", Long.toString(shown)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("The first editor again")));
		assertThat(body(id)).isEqualTo("The first editor again");
	}

	@Test
	void startingFromTheirVersionKeepsMyWordsOnThePage() throws Exception {
		long id = this.data.draft("shared-draft", "Shared draft").getId();
		long opened = version(id);
		this.mvc.perform(save(id, this.first, "Words from the first editor", opened));

		this.mvc
			.perform(save(id, this.second, "Words from the second editor", opened).param("action", "resolve")
				.param("choice", "theirs")
				.param("replacing", Long.toString(version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The form holds the saved version"),
					containsString("name=\"version\" value=\"" + version(id) + "\""),
					containsString("Your words, to copy from"), containsString("Words from the second editor"))));
		assertThat(body(id)).isEqualTo("Words from the first editor");
	}

	@Test
	void aFormWithoutAVersionIsAConflictToo() throws Exception {
		long id = this.data.draft("no-version", "No version").getId();
		this.mvc
			.perform(post("/press-office/releases/{id}", id).with(csrf())
				.with(user(this.first))
				.param("title", "No version")
				.param("summary", "Summary")
				.param("body", "Typed")
				.param("category", "news"))
			.andExpect(content().string(containsString("Somebody else saved this release")));
		assertThat(body(id)).isNotEqualTo("Typed");
	}

	private MockHttpServletRequestBuilder save(long id, PressOfficer who, String body, long version) {
		return post("/press-office/releases/{id}", id).with(csrf())
			.with(user(who))
			.param("title", "Shared draft")
			.param("summary", "Summary")
			.param("body", body)
			.param("category", "news")
			.param("version", Long.toString(version));
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from releases where id = ?", Long.class, id);
	}

	private String body(long id) {
		return this.jdbc.queryForObject("select body from releases where id = ?", String.class, id);
	}

}
