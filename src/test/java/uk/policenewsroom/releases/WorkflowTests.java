package uk.policenewsroom.releases;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workflow through the press office's pages, as writers and editors use it.
 */
@NewsroomTest
class WorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	private PressOfficer writer;

	private PressOfficer editor;

	private PressOfficer otherEditor;

	@BeforeEach
	void people() {
		this.data.reset();
		this.writer = this.data.officer(Role.WRITER);
		this.editor = this.data.officer(Role.EDITOR);
		this.otherEditor = this.data.officer(Role.EDITOR);
	}

	@Test
	void aWriterDraftsPreviewsAndSubmitsThenAnEditorPublishes() throws Exception {
		this.mvc
			.perform(post("/press-office/releases").with(csrf())
				.with(user(this.writer))
				.param("title", "Appeal after Harlow burglary")
				.param("summary", "Police want to hear from anyone who saw a man near Fore Street.")
				.param("body", "Officers are **appealing** for witnesses.")
				.param("category", "appeal")
				.param("action", "preview"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h2 id=\"preview-heading\">Preview</h2>"),
					containsString("Officers are <strong>appealing</strong> for witnesses."))));
		assertThat(count("releases")).isZero();

		long id = create("Appeal after Harlow burglary");
		assertThat(slugOf(id)).isEqualTo("appeal-after-harlow-burglary");
		this.mvc.perform(post("/press-office/releases/{id}/submit", id).with(csrf()).with(user(this.writer)))
			.andExpect(redirectedUrl("/press-office/releases/" + id));
		this.mvc.perform(get("/news/appeal-after-harlow-burglary")).andExpect(status().isNotFound());

		this.mvc.perform(post("/press-office/releases/{id}/publish", id).with(csrf()).with(user(this.editor)))
			.andExpect(flash().attribute("notice", "Published"));
		this.mvc.perform(get("/news")).andExpect(content().string(containsString("Appeal after Harlow burglary")));
		this.mvc.perform(get("/news/appeal-after-harlow-burglary")).andExpect(status().isOk());
		assertThat(actions(id)).containsExactly("RELEASE_CREATED", "RELEASE_SUBMITTED", "RELEASE_PUBLISHED");
	}

	@Test
	void anEditorCannotPublishTheirOwnSubmissionButMayPublishWithoutReviewWithAReason() throws Exception {
		long id = create("Missing teenager");
		this.mvc.perform(post("/press-office/releases/{id}/submit", id).with(csrf()).with(user(this.editor)));
		this.mvc.perform(post("/press-office/releases/{id}/publish", id).with(csrf()).with(user(this.editor)))
			.andExpect(flash().attribute("problem", containsString("another editor must review it")));
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");

		this.mvc
			.perform(post("/press-office/releases/{id}/publish", id).with(csrf())
				.with(user(this.editor))
				.param("withoutReview", "true")
				.param("reason", ""))
			.andExpect(flash().attribute("problem", "Give the reason for publishing without review"));
		this.mvc.perform(post("/press-office/releases/{id}/publish", id).with(csrf())
			.with(user(this.editor))
			.param("withoutReview", "true")
			.param("reason", "A missing child: it cannot wait"));
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		this.mvc.perform(get("/press-office").with(user(this.otherEditor)))
			.andExpect(content().string(containsString("Not reviewed")));

		this.mvc.perform(post("/press-office/releases/{id}/approve", id).with(csrf()).with(user(this.editor)))
			.andExpect(flash().attribute("problem", containsString("Another editor must approve")));
		this.mvc.perform(post("/press-office/releases/{id}/approve", id).with(csrf()).with(user(this.otherEditor)))
			.andExpect(flash().attribute("notice", "Approved"));
		assertThat(this.jdbc.queryForObject("select unreviewed_reason from releases where id = ?", String.class, id))
			.isNull();
		assertThat(actions(id)).contains("RELEASE_PUBLISHED_WITHOUT_REVIEW", "RELEASE_APPROVED");
	}

	@Test
	void aRejectedReleaseGoesBackToItsWriterWithTheComment() throws Exception {
		long id = submitted("Road closure");
		this.mvc.perform(post("/press-office/releases/{id}/reject", id).with(csrf())
			.with(user(this.editor))
			.param("comment", "Add the diversion route"));
		assertThat(statusOf(id)).isEqualTo("REJECTED");
		this.mvc.perform(get("/press-office").with(user(this.writer)))
			.andExpect(content().string(containsString("Road closure")));
		this.mvc.perform(get("/press-office/releases/{id}", id).with(user(this.writer)))
			.andExpect(content().string(containsString("Add the diversion route")));
	}

	@Test
	void aWithdrawnReleaseLeavesTheListsAndItsPageSaysWhy() throws Exception {
		long id = published("Arrest in Basildon");
		this.mvc.perform(post("/press-office/releases/{id}/withdraw", id).with(csrf())
			.with(user(this.editor))
			.param("explanation", "The man has been released without charge."));
		this.mvc.perform(get("/news")).andExpect(content().string(not(containsString("Arrest in Basildon"))));
		this.mvc.perform(get("/news/arrest-in-basildon"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This release was withdrawn"),
					containsString("The man has been released without charge."))));
	}

	@Test
	void anUpdateShowsItsNoteAndAMinorCorrectionDoesNot() throws Exception {
		long id = published("Court result");
		this.mvc.perform(correction(id, "Court result", "Corrected the length of the sentence", false))
			.andExpect(flash().attribute("notice", "Update published"));
		this.mvc.perform(correction(id, "Court result", "", true))
			.andExpect(flash().attribute("notice", "Minor correction published"));
		this.mvc.perform(get("/news/court-result"))
			.andExpect(content().string(allOf(containsString("Updates to this release"),
					containsString("Corrected the length of the sentence"), containsString("Updated"))));
		assertThat(count("release_change_notes")).isEqualTo(1);
		this.mvc.perform(correction(id, "Court result", " ", false))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say what changed: readers will see this note")));
	}

	@Test
	void aPublishedReleaseThatMovesRedirectsFromItsOldAddress() throws Exception {
		long id = published("Old title");
		this.mvc.perform(correction(id, "Old title", "", true).param("slug", "new-address"));
		this.mvc.perform(get("/news/old-title"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/news/new-address"));
		this.mvc.perform(get("/news/new-address")).andExpect(status().isOk());
	}

	@Test
	void aPreviewLinkWorksUntilPublication() throws Exception {
		long id = submitted("Embargoed results");
		this.mvc.perform(post("/press-office/releases/{id}/preview-link", id).with(csrf()).with(user(this.writer)));
		String token = this.jdbc.queryForObject("select preview_token from releases where id = ?", String.class, id);
		assertThat(token).hasSizeGreaterThanOrEqualTo(32);
		this.mvc.perform(get("/preview/{token}", token))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Robots-Tag", "noindex, nofollow"))
			.andExpect(content()
				.string(allOf(containsString("Preview under embargo"), containsString("Embargoed results"))));
		this.mvc.perform(get("/preview/{token}", "x" + token)).andExpect(status().isNotFound());
		this.mvc.perform(post("/press-office/releases/{id}/publish", id).with(csrf()).with(user(this.editor)));
		this.mvc.perform(get("/preview/{token}", token)).andExpect(status().isNotFound());
	}

	@Test
	void draftsCanBeDeletedButPublishedReleasesCannot() throws Exception {
		long draft = create("Delete me");
		this.mvc.perform(post("/press-office/releases/{id}/delete", draft).with(csrf()).with(user(this.writer)))
			.andExpect(redirectedUrl("/press-office"));
		assertThat(this.jdbc.queryForObject("select count(*) from releases where id = ?", Integer.class, draft))
			.isZero();
		long live = published("Keep me");
		this.mvc.perform(post("/press-office/releases/{id}/delete", live).with(csrf()).with(user(this.editor)))
			.andExpect(flash().attribute("problem", "Only a draft or a rejected release can be deleted"));
		assertThat(statusOf(live)).isEqualTo("PUBLISHED");
	}

	@Test
	void badInputKeepsWhatWasTypedAndSavesNothing() throws Exception {
		this.mvc
			.perform(post("/press-office/releases").with(csrf())
				.with(user(this.writer))
				.param("title", "")
				.param("summary", "x".repeat(301))
				.param("body", "Kept body text")
				.param("category", "no-such-category")
				.param("slug", "Not A Slug"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Enter a title"),
					containsString("Summary must be 300 characters or fewer"), containsString("Kept body text"),
					containsString("Address can only contain lower-case letters"))));
		this.mvc
			.perform(post("/press-office/releases").with(csrf())
				.with(user(this.writer))
				.param("title", "Good title")
				.param("summary", "Good summary")
				.param("category", "no-such-category"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a category from the list")));
		assertThat(count("releases")).isZero();
	}

	@Test
	void historyListsEveryRevisionAndComparesThem() throws Exception {
		long id = create("First words");
		long version = this.jdbc.queryForObject("select version from releases where id = ?", Long.class, id);
		this.mvc
			.perform(post("/press-office/releases/{id}", id).with(csrf())
				.with(user(this.writer))
				.param("title", "Second words")
				.param("summary", "Summary")
				.param("body", "Line one\nLine two changed")
				.param("category", "news")
				.param("version", Long.toString(version)))
			.andExpect(redirectedUrl("/press-office/releases/" + id));
		this.mvc.perform(get("/press-office/releases/{id}/history", id).with(user(this.writer)))
			.andExpect(content().string(allOf(containsString("Created"), containsString("Saved"))));
		this.mvc
			.perform(get("/press-office/releases/{id}/compare", id).param("from", "1")
				.param("to", "2")
				.with(user(this.writer)))
			.andExpect(content().string(allOf(containsString("First words"), containsString("Second words"),
					containsString("<del>"), containsString("<ins>"))));
		this.mvc.perform(get("/press-office/releases/{id}/revisions/1/restore", id).with(user(this.writer)))
			.andExpect(content().string(allOf(containsString("value=\"First words\""),
					containsString("The form holds the words of revision 1"))));
		assertThat(count("release_revisions")).isEqualTo(2);
	}

	private MvcResult submit(long id) throws Exception {
		return this.mvc.perform(post("/press-office/releases/{id}/submit", id).with(csrf()).with(user(this.writer)))
			.andReturn();
	}

	private long create(String title) throws Exception {
		this.mvc.perform(post("/press-office/releases").with(csrf())
			.with(user(this.writer))
			.param("title", title)
			.param("summary", "Summary of " + title)
			.param("body", "Body of " + title)
			.param("category", "news"));
		return this.jdbc.queryForObject("select id from releases where title = ?", Long.class, title);
	}

	private long submitted(String title) throws Exception {
		long id = create(title);
		submit(id);
		return id;
	}

	private long published(String title) throws Exception {
		long id = submitted(title);
		this.mvc.perform(post("/press-office/releases/{id}/publish", id).with(csrf()).with(user(this.editor)));
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		return id;
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder correction(long id, String title,
			String note, boolean minor) {
		long version = this.jdbc.queryForObject("select version from releases where id = ?", Long.class, id);
		return post("/press-office/releases/{id}/correct", id).with(csrf())
			.with(user(this.editor))
			.param("title", title)
			.param("summary", "Summary of " + title)
			.param("body", "Corrected body")
			.param("category", "news")
			.param("changeNote", note)
			.param("minor", Boolean.toString(minor))
			.param("version", Long.toString(version));
	}

	private String statusOf(long id) {
		return this.jdbc.queryForObject("select status from releases where id = ?", String.class, id);
	}

	private String slugOf(long id) {
		return this.jdbc.queryForObject("select slug from releases where id = ?", String.class, id);
	}

	private List<String> actions(long id) {
		return this.jdbc.queryForList(
				"select action from audit_events where subject_type = 'release' and subject_id = ? order by id",
				String.class, id);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
