package uk.policenewsroom.releases;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.areas.Area;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editor that loses nothing, over HTTP: autosave under the rules of a save, who else
 * is editing, a save after the session ended, a save the database failed, and the
 * correction preview. The browser journeys are in {@link EditingBrowserTests}.
 */
@NewsroomTest
class EditingTests extends PressOfficeWebTests {

	@AfterEach
	void noFailingSaves() {
		this.jdbc.execute("drop trigger if exists fail_release_saves on release_revisions");
		this.jdbc.execute("drop function if exists fail_release_saves()");
	}

	@Test
	void anAutosaveIsARevisionMarkedAutosavedAndTheEditorShowsItsWords() throws Exception {
		long id = this.office.create(this.writer, "Road closure in Witham");
		long version = this.office.version(id);

		this.mvc.perform(autosave(id, this.writer, "Autosaved words", version, this.office.revision(id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(this.office.version(id)))
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.message").value(containsString("Autosaved at")));

		assertThat(body(id)).isEqualTo("Autosaved words");
		assertThat(this.jdbc.queryForList(
				"select what || ':' || autosave from release_revisions where release_id = ? order by number",
				String.class, id))
			.containsExactly("Created:false", "Autosaved:true");
		this.mvc.perform(get("/press-office/releases/{id}/edit", id).with(user(this.writer)))
			.andExpect(content().string(containsString("Autosaved words")));
		this.mvc.perform(get("/press-office/releases/{id}/history", id).with(user(this.writer)))
			.andExpect(content().string(containsString("Revision 2: Autosaved")));
		assertThat(this.office.actions(id)).containsExactly("RELEASE_CREATED");
	}

	@Test
	void anAutosaveOfUnchangedWordsLeavesNoRevision() throws Exception {
		long id = this.office.create(this.writer, "Unchanged", "Body of Unchanged");
		this.mvc
			.perform(autosave(id, this.writer, "Body of Unchanged", this.office.version(id), this.office.revision(id)))
			.andExpect(status().isOk());
		assertThat(this.office.revision(id)).isEqualTo(1);
	}

	@Test
	void whoeverIsAutosavedHasEditedTheReleaseForTheSecondPairOfEyes() throws Exception {
		long id = this.office.create(this.writer, "Burglary appeal");
		this.mvc.perform(autosave(id, this.editor, "The editor's words", this.office.version(id), 1))
			.andExpect(status().isOk());
		this.office.submit(this.writer, id);

		this.office.publish(this.editor, id).andExpect(status().isForbidden());
		assertThat(this.office.statusOf(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void anAutosaveFromAStaleVersionIsAConflictAndOverwritesNothing() throws Exception {
		long id = this.office.create(this.writer, "Shared words");
		long opened = this.office.version(id);
		this.office.save(this.editor, id, "Shared words", "The editor saved this");

		this.mvc.perform(autosave(id, this.writer, "The writer's stale words", opened, 1))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value(containsString("somebody else saved this release")));
		assertThat(body(id)).isEqualTo("The editor saved this");
	}

	@Test
	void anAutosaveWithoutTheCsrfTokenIsRefused() throws Exception {
		long id = this.office.create(this.writer, "No token");
		this.mvc
			.perform(post("/press-office/releases/{id}/autosave", id).with(user(this.writer))
				.param("title", "No token")
				.param("summary", "Summary")
				.param("body", "Planted words")
				.param("category", "news")
				.param("version", Long.toString(this.office.version(id))))
			.andExpect(status().isForbidden());
		assertThat(body(id)).isEqualTo("Body of No token");
	}

	@Test
	void anAutosaveHasTheBodyLimitOfEveryForm() throws Exception {
		long id = this.office.create(this.writer, "Too long");
		this.mvc
			.perform(post("/press-office/releases/{id}/autosave", id).with(csrf())
				.with(user(this.writer))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("title=Too+long&summary=Summary&category=news&version=" + this.office.version(id) + "&body="
						+ "x".repeat(65 * 1024)))
			.andExpect(status().isPayloadTooLarge());
		assertThat(body(id)).isEqualTo("Body of Too long");
	}

	@Test
	void aScheduledReleaseIsNotAutosaved() throws Exception {
		long id = this.office.create(this.writer, "Locked release");
		this.jdbc.update(
				"update releases set status = 'SCHEDULED', scheduled_at = now() + interval '1 day' where id = ?", id);
		this.mvc.perform(autosave(id, this.editor, "Words over a locked release", this.office.version(id), 1))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value(containsString("Unschedule the release")));
		assertThat(body(id)).isEqualTo("Body of Locked release");
	}

	@Test
	void aPublishedReleaseIsNeverAutosavedNotEvenByAnEditor() throws Exception {
		long id = this.data.published("live", "Live release", "news", java.time.Instant.now(), java.util.Set.of(), null)
			.getId();
		for (PressOfficer who : List.of(this.writer, this.editor)) {
			this.mvc.perform(autosave(id, who, "Unreviewed words", this.office.version(id), 1))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.message").value(containsString("A correction is not autosaved")));
		}
		assertThat(body(id)).isEqualTo("Body of **Live release**.");
		this.mvc.perform(get("/press-office/releases/{id}/edit", id).with(user(this.editor)))
			.andExpect(content().string(not(containsString("data-autosave-url"))));
	}

	@Test
	void anAutosaveWithoutATitleSaysWhyAndSavesNothing() throws Exception {
		long id = this.office.create(this.writer, "Keeps its title");
		this.mvc
			.perform(post("/press-office/releases/{id}/autosave", id).with(csrf())
				.with(user(this.writer))
				.param("title", "")
				.param("summary", "Summary")
				.param("body", "Words")
				.param("category", "news")
				.param("version", Long.toString(this.office.version(id))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(containsString("Enter a title")));
		assertThat(body(id)).isEqualTo("Body of Keeps its title");
	}

	@Test
	void theEditorSaysWhoElseHasItOpenByName() throws Exception {
		long id = this.office.create(this.writer, "Two people");
		this.mvc.perform(get("/press-office/releases/{id}/edit", id).with(user(this.writer)))
			.andExpect(content().string(containsString("data-other-editors hidden")));

		this.mvc.perform(get("/press-office/releases/{id}/edit", id).with(user(this.editor)))
			.andExpect(content().string(allOf(containsString("Also editing in the last few minutes"),
					containsString(this.writer.displayName()), not(containsString(this.writer.getUsername())))));
		this.mvc.perform(post("/press-office/releases/{id}/editors", id).with(csrf()).with(user(this.writer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.editors[0]").value(this.editor.displayName()));
		this.jdbc.update("update release_editors set seen_at = now() - interval '10 minutes'");
		this.mvc.perform(post("/press-office/releases/{id}/editors", id).with(csrf()).with(user(this.writer)))
			.andExpect(jsonPath("$.editors").isEmpty());
	}

	@Test
	void aSaveAfterTheSessionEndedKeepsTheWordsForAfterSigningIn() throws Exception {
		long id = this.office.create(this.writer, "Session ended");
		long opened = this.office.version(id);

		// No session cookie, and the ended session's token: refused, but the words are
		// kept.
		MvcResult refused = this.mvc
			.perform(post("/press-office/releases/{id}", id).header("Sec-Fetch-Site", "same-origin")
				.param("_csrf", "token-of-the-ended-session")
				.param("title", "Session ended")
				.param("summary", "Summary of Session ended")
				.param("body", "Typed before the session ended")
				.param("category", "news")
				.param("version", Long.toString(opened))
				.param("revision", "1"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/press-office/releases/" + id + "/edit?kept"))
			.andReturn();
		Cookie browser = refused.getResponse().getCookie("SESSION");
		assertThat(browser).isNotNull();
		assertThat(body(id)).isEqualTo("Body of Session ended");

		this.mvc.perform(get("/press-office/releases/{id}/edit", id).cookie(browser))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/press-office/releases/{id}/edit", id).cookie(browser).with(user(this.writer)))
			.andExpect(content().string(allOf(containsString("Your words were kept while you signed in"),
					containsString("Typed before the session ended"),
					containsString("name=\"version\" value=\"" + opened + "\""), containsString("data-unsaved"))));
		// Shown once; nothing was saved until the officer saves.
		this.mvc.perform(get("/press-office/releases/{id}/edit", id).cookie(browser).with(user(this.writer)))
			.andExpect(content().string(not(containsString("Typed before the session ended"))));
		assertThat(body(id)).isEqualTo("Body of Session ended");
	}

	@Test
	void aPostFromAnotherSiteIsNeverKept() throws Exception {
		long id = this.office.create(this.writer, "Not from here");
		List<MockHttpServletRequestBuilder> planted = List.of(
				post("/press-office/releases/{id}", id).header("Sec-Fetch-Site", "cross-site"),
				post("/press-office/releases/{id}", id).header("Sec-Fetch-Site", "same-site"),
				post("/press-office/releases/{id}", id).header("Origin", "https://evil.example"),
				post("/press-office/releases/{id}", id));
		for (MockHttpServletRequestBuilder post : planted) {
			MvcResult refused = this.mvc
				.perform(post.param("title", "Not from here")
					.param("summary", "Summary")
					.param("body", "Words planted by another site")
					.param("category", "news"))
				.andExpect(status().isForbidden())
				.andReturn();
			Cookie browser = refused.getResponse().getCookie("SESSION");
			if (browser != null) {
				this.mvc.perform(get("/press-office/releases/{id}/edit", id).cookie(browser).with(user(this.writer)))
					.andExpect(content().string(not(containsString("Words planted by another site"))));
			}
		}
		assertThat(body(id)).isEqualTo("Body of Not from here");
	}

	@Test
	void aSaveTheDatabaseFailsKeepsTheWordsAndSaysNothingWasSaved() throws Exception {
		long id = this.office.create(this.writer, "Database trouble");
		failEveryRevision();

		this.office.save(this.writer, id, "Database trouble", "Words the database did not take")
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(allOf(containsString("Nothing was saved"),
					containsString("Words the database did not take"), containsString("<h1>Edit release</h1>"))));
		assertThat(body(id)).isEqualTo("Body of Database trouble");
		assertThat(this.office.revision(id)).isEqualTo(1);

		this.mvc.perform(autosave(id, this.writer, "Autosave the database did not take", this.office.version(id), 1))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.message").value(containsString("Your words are still in this page")));
		assertThat(body(id)).isEqualTo("Body of Database trouble");
	}

	@Test
	void aNewReleaseTheDatabaseFailsKeepsItsWords() throws Exception {
		failEveryRevision();
		this.mvc
			.perform(post("/press-office/releases").with(csrf())
				.with(user(this.writer))
				.param("title", "Never stored")
				.param("summary", "Summary")
				.param("body", "Words of a new release")
				.param("category", "news"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(allOf(containsString("Nothing was saved"),
					containsString("Words of a new release"), containsString("<h1>New release</h1>"))));
		assertThat(this.jdbc.queryForObject("select count(*) from releases", Long.class)).isZero();
	}

	@Test
	void aCorrectionIsPreviewedWithoutAChangeNoteAsReadersWillSeeIt() throws Exception {
		Area witham = this.data.area("Witham");
		long id = this.data
			.published("live", "Live release", "appeal", java.time.Instant.now(), java.util.Set.of(), null)
			.getId();
		this.mvc
			.perform(post("/press-office/releases/{id}/correct", id).with(csrf())
				.with(user(this.editor))
				.param("title", "Live release")
				.param("summary", "Summary of Live release")
				.param("body", "Corrected **words**")
				.param("category", "appeal")
				.param("areas", witham.getId().toString())
				.param("version", Long.toString(this.office.version(id)))
				.param("action", "preview"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Preview: as readers will see it"),
					containsString("<strong>words</strong>"), containsString("Areas: Witham"),
					containsString(">Appeal<"), not(containsString("Say what changed")))));
		assertThat(body(id)).isEqualTo("Body of **Live release**.");
	}

	/**
	 * A real failure from the database, as a statement timeout gives (SQLSTATE 57014),
	 * for every revision written: every save then rolls back.
	 */
	private void failEveryRevision() {
		this.jdbc.execute("""
				create function fail_release_saves() returns trigger language plpgsql as $$
				begin
				  raise exception 'canceling statement due to statement timeout' using errcode = '57014';
				end $$""");
		this.jdbc.execute("create trigger fail_release_saves before insert on release_revisions "
				+ "for each row execute function fail_release_saves()");
	}

	private MockHttpServletRequestBuilder autosave(long id, PressOfficer who, String body, long version, int revision) {
		String title = this.jdbc.queryForObject("select title from releases where id = ?", String.class, id);
		String summary = this.jdbc.queryForObject("select summary from releases where id = ?", String.class, id);
		return post("/press-office/releases/{id}/autosave", id).with(csrf())
			.with(user(who))
			.param("title", title)
			.param("summary", summary)
			.param("body", body)
			.param("category", "news")
			.param("version", Long.toString(version))
			.param("revision", Integer.toString(revision));
	}

	private String body(long id) {
		return this.jdbc.queryForObject("select body from releases where id = ?", String.class, id);
	}

}
