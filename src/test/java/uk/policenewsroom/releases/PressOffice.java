package uk.policenewsroom.releases;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.policenewsroom.accounts.PressOfficer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Drives the press office's release pages as officers do, posting what the pages' forms
 * post: the version and revision the page showed, and the confirmation where one is asked
 * for.
 */
class PressOffice {

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	PressOffice(MockMvc mvc, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	long create(PressOfficer who, String title) throws Exception {
		return create(who, title, "Body of " + title);
	}

	long create(PressOfficer who, String title, String body) throws Exception {
		this.mvc.perform(post("/press-office/releases").with(csrf())
			.with(user(who))
			.param("title", title)
			.param("summary", "Summary of " + title)
			.param("body", body)
			.param("category", "news"));
		return this.jdbc.queryForObject("select id from releases where title = ?", Long.class, title);
	}

	ResultActions save(PressOfficer who, long id, String title, String body) throws Exception {
		return this.mvc.perform(post("/press-office/releases/{id}", id).with(csrf())
			.with(user(who))
			.param("title", title)
			.param("summary", "Summary of " + title)
			.param("body", body)
			.param("category", "news")
			.param("version", Long.toString(version(id)))
			.param("revision", Integer.toString(revision(id))));
	}

	/**
	 * A workflow post with the release's current version and revision, as its page shows.
	 */
	MockHttpServletRequestBuilder decide(PressOfficer who, long id, String step) {
		return decide(who, id, step, version(id), revision(id));
	}

	MockHttpServletRequestBuilder decide(PressOfficer who, long id, String step, long version, int revision) {
		return post("/press-office/releases/{id}/" + step, id).with(csrf())
			.with(user(who))
			.param("version", Long.toString(version))
			.param("revision", Integer.toString(revision));
	}

	ResultActions submit(PressOfficer who, long id) throws Exception {
		return this.mvc.perform(decide(who, id, "submit"));
	}

	ResultActions publish(PressOfficer who, long id, String... acknowledged) throws Exception {
		return this.mvc
			.perform(decide(who, id, "publish").param("confirmed", "true").param("acknowledged", acknowledged));
	}

	ResultActions withdraw(PressOfficer who, long id, String explanation) throws Exception {
		return this.mvc.perform(decide(who, id, "withdraw").param("confirmed", "true")
			.param("reason", "OTHER")
			.param("text", explanation));
	}

	ResultActions remove(PressOfficer who, long id, String reason, String notice) throws Exception {
		return this.mvc.perform(
				decide(who, id, "remove").param("confirmed", "true").param("reason", reason).param("text", notice));
	}

	/**
	 * Makes an embargo link as the release's page does, and returns its token, which the
	 * next page shows once.
	 */
	String embargoLink(PressOfficer who, long id, String recipient, String expiry) throws Exception {
		String link = (String) this.mvc
			.perform(post("/press-office/releases/{id}/embargo-links", id).with(csrf())
				.with(user(who))
				.param("recipient", recipient)
				.param("expiry", expiry))
			.andReturn()
			.getFlashMap()
			.get("newEmbargoLink");
		return link.substring(link.lastIndexOf('/') + 1);
	}

	long version(long id) {
		return this.jdbc.queryForObject("select version from releases where id = ?", Long.class, id);
	}

	int revision(long id) {
		return this.jdbc.queryForObject("select revision from releases where id = ?", Integer.class, id);
	}

	String statusOf(long id) {
		return this.jdbc.queryForObject("select status from releases where id = ?", String.class, id);
	}

	List<String> actions(long id) {
		return this.jdbc.queryForList(
				"select action from audit_events where subject_type = 'release' and subject_id = ? order by id",
				String.class, id);
	}

	List<String> steps(long id) {
		return this.jdbc.queryForList("select action from release_status_changes where release_id = ? order by id",
				String.class, id);
	}

}
