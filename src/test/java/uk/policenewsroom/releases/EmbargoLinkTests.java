package uk.policenewsroom.releases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

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
 * Embargo links as journalists and the press office use them: what a link shows before
 * and after publication, after a removal, once cancelled or expired, and how its openings
 * are counted.
 */
@NewsroomTest
class EmbargoLinkTests extends PressOfficeWebTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private PressOfficer otherWriter;

	@BeforeEach
	void morePeople() {
		this.otherWriter = this.data.officer(Role.WRITER);
	}

	@Test
	void aLinkShowsTheReleaseUnderEmbargoThenSendsReadersToTheLivePage() throws Exception {
		long id = this.office.create(this.writer, "Embargoed results");
		this.office.submit(this.writer, id);
		String token = this.office.embargoLink(this.writer, id, "BBC Essex newsdesk", "SEVEN_DAYS");
		assertThat(token).hasSizeGreaterThanOrEqualTo(32);
		assertThat(
				this.jdbc.queryForObject("select token_hash from embargo_links where release_id = ?", String.class, id))
			.isEqualTo(EmbargoLink.hash(token))
			.isNotEqualTo(token);
		assertThat(this.jdbc.queryForObject("select count(*) from embargo_links where token_hash like ?", Integer.class,
				"%" + token + "%"))
			.isZero();

		this.mvc.perform(get("/preview/{token}", token))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Robots-Tag", "noindex, nofollow"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(
					allOf(containsString("Embargoed: not for publication before"), containsString("not yet scheduled"),
							containsString("Embargoed results"), containsString("<p>Body of Embargoed results</p>"))));
		this.mvc.perform(get("/preview/{token}", "x" + token)).andExpect(status().isNotFound());
		this.mvc.perform(get("/preview/{token}", "x".repeat(300))).andExpect(status().isNotFound());

		this.office.publish(this.editor, id);
		this.mvc.perform(get("/preview/{token}", token))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/news/embargoed-results"));
		assertThat(openings(id)).isEqualTo(2);
	}

	@Test
	void theLinkShowsTheScheduledTimeInLondon() throws Exception {
		long id = this.office.create(this.writer, "Scheduled results");
		this.office.submit(this.writer, id);
		String token = this.office.embargoLink(this.writer, id, "", "UNTIL_PUBLICATION");
		this.mvc
			.perform(this.office.decide(this.editor, id, "schedule")
				.param("dateDay", "1")
				.param("dateMonth", "7")
				.param("dateYear", "2099")
				.param("hour", "9")
				.param("minute", "30"))
			.andExpect(flash().attribute("notice", "Scheduled for 09:30, 1 July 2099"));
		assertThat(
				this.jdbc.queryForObject("select scheduled_at from releases where id = ?", java.sql.Timestamp.class, id)
					.toInstant())
			.isEqualTo(Instant.parse("2099-07-01T08:30:00Z"));
		this.mvc.perform(get("/preview/{token}", token))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Embargoed: not for publication before"),
					containsString("2099-07-01T08:30:00Z"), containsString("09:30, 1 July 2099</time> (UK time)"),
					not(containsString("not yet scheduled")))));
		this.mvc.perform(get("/press-office/releases/{id}", id).with(user(this.writer)))
			.andExpect(content().string(not(containsString("It expires before the embargo ends"))));
		this.office.embargoLink(this.writer, id, "Short-lived", "ONE_DAY");
		this.mvc.perform(get("/press-office/releases/{id}", id).with(user(this.writer)))
			.andExpect(content().string(containsString("It expires before the embargo ends")));
	}

	@Test
	void afterARemovalTheLinkShowsOnlyTheNoticeAndAfterAWithdrawalTheWithdrawnPage() throws Exception {
		long removed = this.office.create(this.writer, "Name of a suspect");
		this.office.submit(this.writer, removed);
		String removedToken = this.office.embargoLink(this.writer, removed, "", "SEVEN_DAYS");
		this.office.publish(this.editor, removed);
		this.office.remove(this.editor, removed, "COURT_ORDER", "Removed on the order of a court.");
		this.mvc.perform(get("/preview/{token}", removedToken))
			.andExpect(status().isGone())
			.andExpect(content().string(allOf(containsString("Removed on the order of a court."),
					not(containsString("Name of a suspect")), not(containsString("Body of")))));

		long withdrawn = this.office.create(this.writer, "Missing man");
		this.office.submit(this.writer, withdrawn);
		String withdrawnToken = this.office.embargoLink(this.writer, withdrawn, "", "SEVEN_DAYS");
		this.office.publish(this.editor, withdrawn);
		this.office.withdraw(this.editor, withdrawn, "He has been found.");
		this.mvc.perform(get("/preview/{token}", withdrawnToken)).andExpect(redirectedUrl("/news/missing-man"));
		this.mvc.perform(get("/news/missing-man")).andExpect(content().string(containsString("He has been found.")));
	}

	@Test
	void theAuthorOrAnEditorCancelsALinkAndItThenShowsNothing() throws Exception {
		long id = this.office.create(this.writer, "Cancelled results");
		String first = this.office.embargoLink(this.writer, id, "Newsdesk one", "SEVEN_DAYS");
		String second = this.office.embargoLink(this.writer, id, "Newsdesk two", "SEVEN_DAYS");
		long firstId = linkId(first);
		this.mvc.perform(cancel(this.otherWriter, id, firstId))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Only an editor, the release")));
		this.mvc.perform(cancel(this.writer, id, firstId))
			.andExpect(flash().attribute("notice", "Embargo link cancelled: it no longer shows the release"));
		this.mvc.perform(cancel(this.editor, id, firstId)).andExpect(status().isConflict());
		this.mvc.perform(cancel(this.editor, id, linkId(second))).andExpect(status().isFound());
		this.mvc.perform(cancel(this.editor, id + 1000, linkId(second))).andExpect(status().isNotFound());

		this.mvc.perform(get("/preview/{token}", first))
			.andExpect(status().isGone())
			.andExpect(content().string(allOf(containsString("This embargo link was cancelled"),
					not(containsString("Cancelled results")))));
		assertThat(openings(id)).isZero();
		assertThat(this.office.actions(id)).containsExactly("RELEASE_CREATED", "PREVIEW_LINK_CREATED",
				"PREVIEW_LINK_CREATED", "PREVIEW_LINK_CANCELLED", "PREVIEW_LINK_CANCELLED");
		this.office.submit(this.writer, id);
		this.office.publish(this.editor, id);
		this.mvc.perform(get("/preview/{token}", first)).andExpect(status().isGone());
	}

	@Test
	void anExpiredLinkShowsNothingBeforePublicationButStillLeadsToTheLivePage() throws Exception {
		long id = this.office.create(this.writer, "Expiring results");
		String token = this.office.embargoLink(this.writer, id, "", "ONE_DAY");
		assertThat(this.jdbc.queryForObject(
				"select extract(epoch from expires_at - created_at) from embargo_links where release_id = ?",
				Double.class, id))
			.isEqualTo(86_400.0);
		this.jdbc.update("update embargo_links set created_at = now() - interval '2 days',"
				+ " expires_at = now() - interval '1 day' where release_id = ?", id);
		this.mvc.perform(get("/preview/{token}", token))
			.andExpect(status().isGone())
			.andExpect(content().string(
					allOf(containsString("This embargo link has expired"), not(containsString("Expiring results")))));
		this.office.submit(this.writer, id);
		this.office.publish(this.editor, id);
		this.mvc.perform(get("/preview/{token}", token)).andExpect(redirectedUrl("/news/expiring-results"));
	}

	@Test
	void openingsAreAllCountedButNotThePressOfficesOwn() throws Exception {
		long id = this.office.create(this.writer, "Counted results");
		String token = this.office.embargoLink(this.writer, id, "Everyone", "SEVEN_DAYS");
		this.mvc.perform(get("/preview/{token}", token).with(user(this.editor))).andExpect(status().isOk());
		assertThat(openings(id)).isZero();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> openings = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				openings
					.add(() -> this.http
						.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/preview/" + token))
							.build(), HttpResponse.BodyHandlers.discarding())
						.statusCode());
			}
			for (Future<Integer> opened : pool.invokeAll(openings)) {
				assertThat(opened.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(openings(id)).isEqualTo(24);
		this.mvc.perform(get("/press-office/releases/{id}", id).with(user(this.writer)))
			.andExpect(content().string(allOf(containsString("Everyone"), containsString("Opened 24 times"),
					containsString("Works"), containsString("Cancel this link"))));
		this.mvc.perform(get("/press-office/releases/{id}", id).with(user(this.otherWriter)))
			.andExpect(content()
				.string(allOf(containsString("Opened 24 times"), not(containsString("Cancel this link")))));
	}

	@Test
	void theNewLinkIsNeverShownAgainAndMistakesAreShownNextToTheirFields() throws Exception {
		long id = this.office.create(this.writer, "Shared results");
		var made = this.mvc
			.perform(post("/press-office/releases/{id}/embargo-links", id).with(csrf())
				.with(user(this.writer))
				.param("recipient", "Essex Chronicle")
				.param("expiry", "THREE_DAYS"))
			.andExpect(redirectedUrl("/press-office/releases/" + id))
			.andReturn();
		String link = (String) made.getFlashMap().get("newEmbargoLink");
		assertThat(link).startsWith("http://localhost:8080/preview/");
		// The page shows it once, from the flash (the browser journey sees it there);
		// never
		// again.
		this.mvc.perform(get("/press-office/releases/{id}", id).with(user(this.writer)))
			.andExpect(content().string(allOf(containsString("Essex Chronicle"),
					not(containsString(link.substring(link.lastIndexOf('/')))))));

		this.mvc
			.perform(post("/press-office/releases/{id}/embargo-links", id).with(csrf())
				.with(user(this.writer))
				.param("recipient", "x".repeat(201))
				.param("expiry", "FOREVER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("embargoLinkForm", "recipient", "expiry"))
			.andExpect(content().string(allOf(containsString("There is a problem"),
					containsString("<title>Error: Shared results"), containsString("href=\"#recipient\""),
					containsString("Keep who it is for to 200 characters or fewer"),
					containsString("Choose how long the link works"), containsString("x".repeat(201)))));
		assertThat(
				this.jdbc.queryForObject("select count(*) from embargo_links where release_id = ?", Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	void aPublishedReleaseNeedsNoEmbargoLink() throws Exception {
		long id = this.office.create(this.writer, "Already out");
		this.office.submit(this.writer, id);
		this.office.publish(this.editor, id);
		this.mvc
			.perform(post("/press-office/releases/{id}/embargo-links", id).with(csrf())
				.with(user(this.editor))
				.param("expiry", "SEVEN_DAYS"))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select count(*) from embargo_links", Integer.class)).isZero();
		this.mvc.perform(get("/press-office/releases/{id}", id).with(user(this.editor)))
			.andExpect(content().string(not(containsString("Embargo links"))));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder cancel(PressOfficer who, long id,
			long linkId) {
		return post("/press-office/releases/{id}/embargo-links/{link}/cancel", id, linkId).with(csrf()).with(user(who));
	}

	private long linkId(String token) {
		return this.jdbc.queryForObject("select id from embargo_links where token_hash = ?", Long.class,
				EmbargoLink.hash(token));
	}

	private int openings(long releaseId) {
		return this.jdbc.queryForObject("select coalesce(sum(openings), 0) from embargo_links where release_id = ?",
				Integer.class, releaseId);
	}

}
