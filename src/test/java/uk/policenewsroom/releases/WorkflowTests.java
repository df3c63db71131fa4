package uk.policenewsroom.releases;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import uk.policenewsroom.NewsroomTest;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workflow through the press office's pages, as writers and editors use it.
 */
@NewsroomTest
@RecordApplicationEvents
class WorkflowTests extends PressOfficeWebTests {

	@Autowired
	ApplicationEvents events;

	private PressOfficer otherEditor;

	@BeforeEach
	void morePeople() {
		this.otherEditor = this.data.officer(Role.EDITOR);
	}

	@Test
	void aWriterDraftsPreviewsAndSubmitsThenAnEditorConfirmsAndPublishes() throws Exception {
		this.mvc
			.perform(post("/press-office/releases").with(csrf())
				.with(user(this.writer))
				.param("title", "Appeal after Harlow burglary")
				.param("summary", "Police want to hear from anyone who saw a man near Fore Street.")
				.param("body", "Officers are **appealing** for witnesses.")
				.param("category", "appeal")
				.param("action", "preview"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<h2 id=\"preview-heading\">Preview: as readers will see it</h2>"),
						containsString("Officers are <strong>appealing</strong> for witnesses."))));
		assertThat(count("releases")).isZero();

		long id = this.office.create(this.writer, "Appeal after Harlow burglary");
		assertThat(this.jdbc.queryForObject("select slug from releases where id = ?", String.class, id))
			.isEqualTo("appeal-after-harlow-burglary");
		this.office.submit(this.writer, id)
			.andExpect(redirectedUrl("/press-office/releases/" + id))
			.andExpect(flash().attribute("notice", "Submitted for review"));
		this.mvc.perform(get("/news/appeal-after-harlow-burglary")).andExpect(status().isNotFound());

		this.mvc.perform(get("/press-office/releases/{id}", id).with(user(this.editor)))
			.andExpect(content().string(containsString("/press-office/releases/" + id + "/confirm-publish")));
		this.mvc.perform(get("/press-office/releases/{id}/confirm-publish", id).with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("What will happen"), containsString("name=\"confirmed\" value=\"true\""),
						containsString("name=\"version\" value=\"" + this.office.version(id) + "\""),
						containsString("Yes, publish now"))));
		this.office.publish(this.editor, id).andExpect(flash().attribute("notice", "Published"));
		this.mvc.perform(get("/news")).andExpect(content().string(containsString("Appeal after Harlow burglary")));
		this.mvc.perform(get("/news/appeal-after-harlow-burglary")).andExpect(status().isOk());
		assertThat(this.office.actions(id)).containsExactly("RELEASE_CREATED", "RELEASE_SUBMITTED",
				"RELEASE_PUBLISHED");
		assertThat(this.office.steps(id)).containsExactly("SUBMITTED", "PUBLISHED");
		assertThat(this.events.stream(ReleaseStatusChanged.class)).extracting(ReleaseStatusChanged::to)
			.containsExactly(ReleaseStatus.SUBMITTED, ReleaseStatus.PUBLISHED);
		assertThat(this.events.stream(ReleaseStatusChanged.class)).allSatisfy((event) -> {
			assertThat(event.releaseId()).isEqualTo(id);
			assertThat(event.slug()).isEqualTo("appeal-after-harlow-burglary");
		});
	}

	@Test
	void anEditorCannotPublishTheirOwnSubmissionButMayPublishWithoutReviewWithAReason() throws Exception {
		long id = this.office.create(this.writer, "Missing teenager");
		this.office.submit(this.editor, id);
		this.mvc.perform(get("/press-office/releases/{id}", id).with(user(this.editor)))
			.andExpect(content().string(
					allOf(containsString("another editor must review it"), not(containsString("/confirm-publish\"")))));
		this.office.publish(this.editor, id)
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("another editor must review it")));
		assertThat(this.office.statusOf(id)).isEqualTo("SUBMITTED");

		this.mvc.perform(this.office.decide(this.editor, id, "publish-without-review").param("confirmed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the reason for publishing without review")));
		assertThat(this.office.statusOf(id)).isEqualTo("SUBMITTED");
		this.mvc
			.perform(this.office.decide(this.editor, id, "publish-without-review")
				.param("confirmed", "true")
				.param("text", "A missing child: it cannot wait"))
			.andExpect(flash().attribute("notice", containsString("Published without review")));
		assertThat(this.office.statusOf(id)).isEqualTo("PUBLISHED");
		this.mvc.perform(get("/press-office").with(user(this.otherEditor)))
			.andExpect(content().string(containsString("Not reviewed")));

		this.mvc.perform(this.office.decide(this.editor, id, "approve"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("another editor must approve it")));
		this.mvc.perform(this.office.decide(this.otherEditor, id, "approve"))
			.andExpect(flash().attribute("notice", "Approved"));
		assertThat(this.jdbc.queryForObject("select unreviewed_reason from releases where id = ?", String.class, id))
			.isNull();
		assertThat(this.office.actions(id)).contains("RELEASE_PUBLISHED_WITHOUT_REVIEW", "RELEASE_APPROVED");
		assertThat(this.office.steps(id)).containsExactly("SUBMITTED", "PUBLISHED_WITHOUT_REVIEW", "APPROVED");
	}

	@Test
	void aRejectedReleaseKeepsItsCommentOnTheEditFormUntilItIsSubmittedAgain() throws Exception {
		long id = this.office.create(this.writer, "Road closure");
		this.office.submit(this.writer, id);
		this.mvc.perform(this.office.decide(this.editor, id, "reject").param("text", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("decision", "text"))
			.andExpect(content().string(allOf(containsString("href=\"#text\""), containsString("id=\"text-error\""),
					containsString("Say why the release is rejected, so the writer can fix it"))));
		assertThat(this.office.statusOf(id)).isEqualTo("SUBMITTED");
		this.mvc.perform(this.office.decide(this.editor, id, "reject").param("text", "Add the diversion route"));
		assertThat(this.office.statusOf(id)).isEqualTo("REJECTED");
		this.mvc.perform(get("/press-office").with(user(this.writer)))
			.andExpect(content().string(containsString("Road closure")));
		this.office.save(this.writer, id, "Road closure", "Diversion via the A12");
		assertThat(this.office.statusOf(id)).isEqualTo("DRAFT");
		this.mvc.perform(get("/press-office/releases/{id}", id).with(user(this.writer)))
			.andExpect(content().string(containsString("Add the diversion route")));
		this.mvc.perform(get("/press-office/releases/{id}/edit", id).with(user(this.writer)))
			.andExpect(content()
				.string(allOf(containsString("Add the diversion route"), containsString("Rejected: what to change"))));
		this.office.submit(this.writer, id);
		this.mvc.perform(get("/press-office/releases/{id}", id).with(user(this.writer)))
			.andExpect(content().string(not(containsString("Add the diversion route"))));
		this.mvc.perform(get("/press-office/releases/{id}/history", id).with(user(this.writer)))
			.andExpect(content().string(allOf(containsString("Add the diversion route"), containsString("Rejected"),
					containsString("Back to draft after rejection"), containsString("Revision 2: Saved"))));
	}

	@Test
	void aReviewerSeesWhatChangedSinceTheLastSubmission() throws Exception {
		long id = this.office.create(this.writer, "Changing appeal", "First words");
		this.office.submit(this.writer, id);
		this.office.save(this.writer, id, "Changing appeal", "Second words");
		this.mvc.perform(get("/press-office/releases/{id}", id).with(user(this.editor)))
			.andExpect(content().string(allOf(containsString("Changed since it was last submitted"),
					containsString("/press-office/releases/" + id + "/compare?from=1&amp;to=2"))));
		this.mvc
			.perform(get("/press-office/releases/{id}/compare", id).param("from", "1")
				.param("to", "2")
				.with(user(this.editor)))
			.andExpect(content().string(allOf(containsString("First words"), containsString("Second words"))));
	}

	@Test
	void historyShowsRevisionsAndWorkflowStepsTogetherWithWhoAndWhy() throws Exception {
		long id = this.office.create(this.writer, "Timeline");
		this.office.submit(this.writer, id);
		this.mvc.perform(this.office.decide(this.editor, id, "reject").param("text", "Needs a quote"));
		this.office.save(this.writer, id, "Timeline", "With a quote");
		this.office.submit(this.writer, id);
		this.office.publish(this.editor, id);
		this.mvc.perform(get("/press-office/releases/{id}/history", id).with(user(this.writer)))
			.andExpect(content().string(allOf(containsString("Revision 1: Created"),
					containsString("Revision 2: Saved"),
					containsString("Submitted for review (Draft to Submitted for review) on revision 1"),
					containsString("Rejected (Submitted for review to Rejected) on revision 1"),
					containsString("Needs a quote"), containsString("Published (Submitted for review to Published)"),
					containsString("Test Editor"))));
	}

	@Test
	void aWithdrawnReleaseLeavesTheListsItsPageSaysWhyAndItCanBeRestored() throws Exception {
		long id = published("Arrest in Basildon");
		this.mvc
			.perform(get("/press-office/releases/{id}/confirm-withdraw", id).param("reason", "PERSON_FOUND_SAFE")
				.with(user(this.editor)))
			.andExpect(content().string(allOf(containsString("Person found safe"),
					containsString(TakeDownReason.PERSON_FOUND_SAFE.wording()))));
		this.office.withdraw(this.editor, id, "The man has been released without charge.");
		this.mvc.perform(get("/news")).andExpect(content().string(not(containsString("Arrest in Basildon"))));
		this.mvc.perform(get("/news/arrest-in-basildon"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This release was withdrawn"),
					containsString("The man has been released without charge."))));
		this.mvc.perform(this.office.decide(this.editor, id, "restore").param("text", "Withdrawn by mistake"))
			.andExpect(flash().attribute("notice", "Restored"));
		this.mvc.perform(get("/news")).andExpect(content().string(containsString("Arrest in Basildon")));
		assertThat(this.office.steps(id)).containsExactly("SUBMITTED", "PUBLISHED", "WITHDRAWN", "RESTORED");
		assertThat(this.jdbc.queryForObject("select actor_id from release_status_changes where action = 'WITHDRAWN'",
				Long.class))
			.isEqualTo(this.editor.id());
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
		assertThat(this.office.steps(id)).containsExactly("SUBMITTED", "PUBLISHED", "CORRECTED", "CORRECTED");
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
	void draftsAreDeletedAfterConfirmationButPublishedReleasesCannotBe() throws Exception {
		long draft = this.office.create(this.writer, "Delete me");
		this.mvc.perform(get("/press-office/releases/{id}/confirm-delete", draft).with(user(this.writer)))
			.andExpect(
					content().string(allOf(containsString("cannot be undone"), containsString("Yes, delete draft"))));
		this.mvc.perform(this.office.decide(this.writer, draft, "delete").param("confirmed", "true"))
			.andExpect(redirectedUrl("/press-office"));
		assertThat(this.jdbc.queryForObject("select count(*) from releases where id = ?", Integer.class, draft))
			.isZero();
		assertThat(this.events.stream(ReleaseStatusChanged.class)).anySatisfy((event) -> {
			assertThat(event.releaseId()).isEqualTo(draft);
			assertThat(event.deleted()).isTrue();
		});
		long live = published("Keep me");
		this.mvc.perform(this.office.decide(this.editor, live, "delete").param("confirmed", "true"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Only a draft or a rejected release can be deleted")));
		this.mvc.perform(get("/press-office/releases/{id}/confirm-delete", live).with(user(this.editor)))
			.andExpect(status().isConflict());
		assertThat(this.office.statusOf(live)).isEqualTo("PUBLISHED");
	}

	@Test
	void submittingShowsTheLegalWarningsAndPublishingNeedsEachAcknowledged() throws Exception {
		long id = this.office.create(this.writer, "Man charged after Harlow burglary",
				"John Smith, 34, has been charged with burglary. Amy Brown, 15, saw it happen.");
		this.office.submit(this.writer, id)
			.andExpect(flash().attribute("notice",
					allOf(containsString("Contempt of court"), containsString("A child may be identified"))));
		this.mvc.perform(get("/press-office/releases/{id}/confirm-publish", id).with(user(this.editor)))
			.andExpect(content().string(allOf(containsString("Legal warnings"), containsString("has been charged"),
					containsString("value=\"CONTEMPT\""), containsString("value=\"CHILD\""))));
		this.office.publish(this.editor, id, "CONTEMPT")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Acknowledge each legal warning")));
		assertThat(this.office.statusOf(id)).isEqualTo("SUBMITTED");
		this.office.publish(this.editor, id, "CONTEMPT", "CHILD").andExpect(flash().attribute("notice", "Published"));
		assertThat(this.jdbc.queryForList(
				"select rule || ' ' || action || ' ' || revision from release_legal_acknowledgements where release_id = ? and actor_id = ? order by rule",
				String.class, id, this.editor.id()))
			.containsExactly("CHILD PUBLISH 1", "CONTEMPT PUBLISH 1");
		this.mvc.perform(get("/press-office/releases/{id}/history", id).with(user(this.writer)))
			.andExpect(content().string(containsString("Acknowledged the legal warning “Contempt of court”")));
	}

	@Test
	void theLegalChecksAreExplainedInPlainWords() throws Exception {
		this.mvc.perform(get("/press-office/legal-checks").with(user(this.writer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Contempt of Court Act 1981"),
					containsString("anonymity for life"), containsString("When the check warns"))));
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
		long id = this.office.create(this.writer, "First words");
		this.office.save(this.writer, id, "Second words", "Line one\nLine two changed")
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

	@Test
	void anUnknownReleaseIsNotFound() throws Exception {
		this.mvc.perform(get("/press-office/releases/{id}", 999_999).with(user(this.writer)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
		this.mvc.perform(this.office.decide(this.editor, 999_999, "submit", 0, 1)).andExpect(status().isNotFound());
	}

	private long published(String title) throws Exception {
		long id = this.office.create(this.writer, title);
		this.office.submit(this.writer, id);
		this.office.publish(this.editor, id);
		assertThat(this.office.statusOf(id)).isEqualTo("PUBLISHED");
		return id;
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder correction(long id, String title,
			String note, boolean minor) {
		return post("/press-office/releases/{id}/correct", id).with(csrf())
			.with(user(this.editor))
			.param("title", title)
			.param("summary", "Summary of " + title)
			.param("body", "Corrected body")
			.param("category", "news")
			.param("changeNote", note)
			.param("minor", Boolean.toString(minor))
			.param("version", Long.toString(this.office.version(id)));
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
