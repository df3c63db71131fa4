package uk.policenewsroom.feedback;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.AuditEvent;
import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;
import uk.policenewsroom.site.LondonTime;

import static org.assertj.core.api.Assertions.assertThat;
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

@NewsroomTest
class FeedbackInboxTests {

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
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	private PressOfficer editor;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.editor = this.data.officer(Role.EDITOR);
	}

	@Test
	void writersMayNotReadFeedbackAndVisitorsMustSignIn() throws Exception {
		Feedback item = feedback(MORNING, "/news", Rating.GOOD, "Reading the news", null, null);
		PressOfficer writer = this.data.officer(Role.WRITER);
		this.mvc.perform(get("/press-office/feedback").with(user(writer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/press-office/feedback/export.csv").with(user(writer))).andExpect(status().isForbidden());
		this.mvc.perform(post("/press-office/feedback/{id}/read", item.getId()).with(user(writer)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/press-office/feedback")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/press-office/feedback/export.csv")).andExpect(redirectedUrl("/login"));
		assertThat(statusOf(item)).isEqualTo(FeedbackStatus.NEW);
	}

	@Test
	void adminsMayReadFeedback() throws Exception {
		feedback(MORNING, "/news", Rating.GOOD, "Reading the news", null, null);
		this.mvc.perform(get("/press-office/feedback").with(user(this.data.officer(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reading the news")));
	}

	@Test
	void editorsSeeEverythingAboutEachItemNewestFirst() throws Exception {
		feedback(MORNING.minus(2, ChronoUnit.DAYS), "/news/oldest", Rating.VERY_POOR, "Oldest doing", null, null);
		feedback(MORNING, "/operations/newest", Rating.VERY_GOOD, "Newest doing", "Newest <improve>",
				"reader@example.com");
		feedback(MORNING.minus(1, ChronoUnit.DAYS), null, null, null, "Middle improve", null);
		String page = inbox("");
		assertThat(page).containsSubsequence("<h1>Feedback</h1>", "3 pieces of feedback", "09:15, 18 March 2026", "New",
				"/operations/newest", "5 – Very good", "Newest doing", "Newest &lt;improve&gt;", "reader@example.com",
				"09:15, 17 March 2026", "Not known", "Not rated", "Not answered", "Middle improve", "Not given",
				"09:15, 16 March 2026", "/news/oldest", "1 – Very poor", "Oldest doing");
		assertThat(page).doesNotContain("Newest <improve>");
	}

	@Test
	void theFiltersNarrowTheList() throws Exception {
		Feedback news = feedback(MORNING, "/news/County-Lines", Rating.GOOD, "Alpha", null, null);
		feedback(MORNING, "/operations/raptor", Rating.GOOD, "Bravo", null, null);
		feedback(MORNING, "/news/other", Rating.POOR, "Charlie", null, null);
		feedback(MORNING, "/news/under_score", Rating.POOR, "Delta", null, null);
		triage(news, FeedbackStatus.READ);

		assertThat(inbox("?path=county-lines")).contains("Alpha").doesNotContain("Bravo", "Charlie", "Delta");
		assertThat(inbox("?path=/news")).contains("Alpha", "Charlie", "Delta").doesNotContain("Bravo");
		assertThat(inbox("?path=_")).contains("Delta").doesNotContain("Alpha", "Bravo", "Charlie");
		assertThat(inbox("?rating=4")).contains("Alpha", "Bravo").doesNotContain("Charlie", "Delta");
		assertThat(inbox("?status=read")).contains("Alpha").doesNotContain("Bravo", "Charlie", "Delta");
		assertThat(inbox("?status=new")).contains("Bravo", "Charlie", "Delta").doesNotContain("Alpha");
		assertThat(inbox("?status=actioned")).contains("Nothing matches.").doesNotContain("Alpha", "Bravo");
		assertThat(inbox("?path=news&rating=2&status=new")).contains("Charlie", "Delta")
			.doesNotContain("Alpha", "Bravo");
		assertThat(inbox("?path=&rating=&status=")).contains("Alpha", "Bravo", "Charlie", "Delta");
	}

	@Test
	void theFilterFormShowsWhatIsChosen() throws Exception {
		assertThat(inbox("?path=/news&rating=4&status=read")).contains("value=\"/news\"",
				"<option value=\"4\" selected=\"selected\">4 – Good</option>",
				"<option value=\"read\" selected=\"selected\">Read</option>");
	}

	@Test
	void pagesOfFiftyKeepTheFiltersInTheirLinks() throws Exception {
		for (int i = 0; i < 51; i++) {
			feedback(MORNING.minus(i, ChronoUnit.MINUTES), "/news/paged", Rating.GOOD, "Paged " + i, null, null);
		}
		feedback(MORNING, "/news/paged", Rating.POOR, "Not in the filter", null, null);
		String first = inbox("?path=paged&rating=4&status=new");
		assertThat(countOf(first, "class=\"feedback-item\"")).isEqualTo(50);
		assertThat(first).contains("51 pieces of feedback", "Page 1 of 2",
				"href=\"/press-office/feedback?page=2&amp;path=paged&amp;rating=4&amp;status=new\"");
		String second = inbox("?path=paged&rating=4&status=new&page=2");
		assertThat(countOf(second, "class=\"feedback-item\"")).isEqualTo(1);
		assertThat(second).contains("Paged 50", "Page 2 of 2",
				"href=\"/press-office/feedback?page=1&amp;path=paged&amp;rating=4&amp;status=new\"",
				"<input type=\"hidden\" name=\"page\" value=\"2\">");
	}

	@ParameterizedTest
	@ValueSource(strings = { "rating=0", "rating=6", "rating=good", "rating=4.0", "status=done", "status=NEWS" })
	void badFilterValuesAreRefused(String query) throws Exception {
		this.mvc.perform(get("/press-office/feedback?" + query).with(user(this.editor)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/press-office/feedback/export.csv?" + query).with(user(this.editor)))
			.andExpect(status().isBadRequest());
	}

	@ParameterizedTest
	@ValueSource(strings = { "page=0", "page=-1", "page=two", "page=2147483647", "page=10001", "page=2" })
	void pagesThatAreNotPagesAreNotFound(String query) throws Exception {
		this.mvc.perform(get("/press-office/feedback?" + query).with(user(this.editor)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anOverlongPathFilterIsRefused() throws Exception {
		this.mvc.perform(get("/press-office/feedback").param("path", "a".repeat(301)).with(user(this.editor)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aBadFilterGetsTheErrorPageAndNoStackTrace() throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).isTrue();
		String form = "username=" + encode(this.editor.getUsername()) + "&password=" + encode(TestData.PASSWORD)
				+ "&_csrf=" + encode(token.group(1));
		HttpResponse<String> signedIn = http
			.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));

		HttpResponse<String> inbox = http.send(request("/press-office/feedback").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(inbox.statusCode()).isEqualTo(200);
		assertThat(inbox.body()).contains("<h1>Feedback</h1>");

		HttpResponse<String> bad = http.send(request("/press-office/feedback?rating=11").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("There is a problem with your request", "Error 400")
			.doesNotContain("Exception", "at uk.policenewsroom", "from 1 to 5");
	}

	@Test
	void markingReadAndActionedChangesTheStatusAndIsAudited() throws Exception {
		Feedback item = feedback(MORNING, "/news/appeal", Rating.GOOD, "Reading an appeal", null, null);
		this.mvc.perform(post("/press-office/feedback/{id}/read", item.getId()).with(user(this.editor)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/press-office/feedback"))
			.andExpect(flash().attribute("notice", "Marked as read"));
		assertThat(statusOf(item)).isEqualTo(FeedbackStatus.READ);

		this.mvc
			.perform(post("/press-office/feedback/{id}/actioned", item.getId()).with(user(this.editor)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(statusOf(item)).isEqualTo(FeedbackStatus.ACTIONED);

		this.mvc.perform(post("/press-office/feedback/{id}/new", item.getId()).with(user(this.editor)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(statusOf(item)).isEqualTo(FeedbackStatus.NEW);

		List<AuditEvent> trail = this.audit.trailOf("feedback", item.getId());
		assertThat(trail).extracting(AuditEvent::getAction)
			.containsExactly("FEEDBACK_MARKED_READ", "FEEDBACK_MARKED_ACTIONED", "FEEDBACK_MARKED_NEW");
		assertThat(trail).allSatisfy((event) -> {
			assertThat(event.getActorId()).isEqualTo(this.editor.id());
			assertThat(event.getSubjectLabel()).isEqualTo("/news/appeal");
		});
		assertThat(trail.get(0).getDetails()).isEqualTo("From New to Read");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where subject_type = 'feedback' and subject_id = ?", Long.class,
				item.getId()))
			.isEqualTo(3);
	}

	@Test
	void theStatusShowsInTheListWithButtonsForTheOthers() throws Exception {
		Feedback item = feedback(MORNING, "/news", Rating.GOOD, "Reading", null, null);
		triage(item, FeedbackStatus.ACTIONED);
		String page = inbox("");
		assertThat(page)
			.contains("<span class=\"status status--actioned\">Actioned</span>",
					"action=\"/press-office/feedback/" + item.getId() + "/new\"",
					"action=\"/press-office/feedback/" + item.getId() + "/read\"", "name=\"_csrf\"")
			.doesNotContain("/press-office/feedback/" + item.getId() + "/actioned");
	}

	@Test
	void markingTwiceChangesNothingTheSecondTime() throws Exception {
		Feedback item = feedback(MORNING, "/news", Rating.GOOD, "Reading", null, null);
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/press-office/feedback/{id}/read", item.getId()).with(user(this.editor)).with(csrf()))
				.andExpect(status().isFound());
		}
		assertThat(statusOf(item)).isEqualTo(FeedbackStatus.READ);
		assertThat(this.audit.trailOf("feedback", item.getId())).hasSize(1);
	}

	@Test
	void markingGoesBackToTheListWithTheSameFilters() throws Exception {
		Feedback item = feedback(MORNING, "/news/a b", Rating.GOOD, "Reading", null, null);
		this.mvc
			.perform(post("/press-office/feedback/{id}/read", item.getId()).with(user(this.editor))
				.with(csrf())
				.param("path", "a b&c")
				.param("rating", "4")
				.param("status", "new")
				.param("page", "3"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/press-office/feedback?path=a+b%26c&rating=4&status=new&page=3"));
		this.mvc
			.perform(post("/press-office/feedback/{id}/actioned", item.getId()).with(user(this.editor))
				.with(csrf())
				.param("path", "")
				.param("rating", "")
				.param("status", ""))
			.andExpect(redirectedUrl("/press-office/feedback"));
	}

	@Test
	void theListCarriesTheFiltersInEachItemsForms() throws Exception {
		feedback(MORNING, "/news/paged", Rating.GOOD, "Reading", null, null);
		assertThat(inbox("?path=paged&rating=4&status=new")).contains(
				"<input type=\"hidden\" name=\"path\" value=\"paged\">",
				"<input type=\"hidden\" name=\"rating\" value=\"4\">",
				"<input type=\"hidden\" name=\"status\" value=\"new\">");
	}

	@Test
	void markingNeedsACsrfToken() throws Exception {
		Feedback item = feedback(MORNING, "/news", Rating.GOOD, "Reading", null, null);
		this.mvc.perform(post("/press-office/feedback/{id}/read", item.getId()).with(user(this.editor)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/press-office/feedback/{id}/actioned", item.getId()).with(user(this.editor))
				.with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		assertThat(statusOf(item)).isEqualTo(FeedbackStatus.NEW);
		assertThat(this.audit.trailOf("feedback", item.getId())).isEmpty();
	}

	@Test
	void markingUnknownFeedbackIsNotFound() throws Exception {
		this.mvc.perform(post("/press-office/feedback/999999/read").with(user(this.editor)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/press-office/feedback/not-a-number/read").with(user(this.editor)).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void markingWithABadFilterChangesNothing() throws Exception {
		Feedback item = feedback(MORNING, "/news", Rating.GOOD, "Reading", null, null);
		this.mvc
			.perform(post("/press-office/feedback/{id}/read", item.getId()).with(user(this.editor))
				.with(csrf())
				.param("rating", "9"))
			.andExpect(status().isBadRequest());
		assertThat(statusOf(item)).isEqualTo(FeedbackStatus.NEW);
	}

	@Test
	void theCsvExportHasAHeaderAndTheFilteredRows() throws Exception {
		feedback(Instant.parse("2026-07-01T11:50:30.123456Z"), "/news/summer", Rating.GOOD, "Summer", null,
				"reader@example.com");
		feedback(Instant.parse("2026-01-10T08:00:00Z"), "/news/winter", Rating.POOR, "Winter", "Warmer", null);
		feedback(MORNING, "/operations/raptor", Rating.GOOD, "Elsewhere", null, null);
		String today = LocalDate.now(LondonTime.ZONE).toString();
		String csv = this.mvc.perform(get("/press-office/feedback/export.csv?path=news").with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv; charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"feedback-" + today + ".csv\""))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("\uFEFF" + FeedbackCsv.HEADER + "\r\n"
				+ "2026-07-01T11:50:30Z,2026-07-01T12:50:30+01:00,/news/summer,4,new,Summer,,reader@example.com\r\n"
				+ "2026-01-10T08:00:00Z,2026-01-10T08:00:00+00:00,/news/winter,2,new,Winter,Warmer,\r\n");
		assertThat(FeedbackCsv.HEADER)
			.isEqualTo("received_at,received_london,page_path,rating,status,doing,improve,email");

		String read = this.mvc.perform(get("/press-office/feedback/export.csv?status=read").with(user(this.editor)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(read).isEqualTo("\uFEFF" + FeedbackCsv.HEADER + "\r\n");
	}

	@Test
	void theCsvExportQuotesAndDisarmsWhatVisitorsWrote() throws Exception {
		feedback(MORNING, "/news", null, "Looking for \"the\" appeal, twice\nthen gave up", "=HYPERLINK(\"x\")",
				"-@example.com");
		String csv = this.mvc.perform(get("/press-office/feedback/export.csv").with(user(this.editor)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).endsWith(",/news,,new,\"Looking for \"\"the\"\" appeal, twice\nthen gave up\","
				+ "\"'=HYPERLINK(\"\"x\"\")\",'-@example.com\r\n");
	}

	@Test
	void theInboxLinksToTheCsvOfWhatItShows() throws Exception {
		assertThat(inbox("?path=news&rating=4"))
			.contains("href=\"/press-office/feedback/export.csv?path=news&amp;rating=4\"");
	}

	private String inbox(String query) throws Exception {
		return this.mvc.perform(get("/press-office/feedback" + query).with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Exception"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Feedback feedback(Instant at, String path, Rating rating, String doing, String improve, String email) {
		return this.items
			.save(new Feedback(doing, improve, rating, email, path, "hash", Clock.fixed(at, ZoneOffset.UTC)));
	}

	private void triage(Feedback item, FeedbackStatus to) throws Exception {
		this.mvc
			.perform(
					post("/press-office/feedback/{id}/" + to.code(), item.getId()).with(user(this.editor)).with(csrf()))
			.andExpect(status().isFound());
	}

	private FeedbackStatus statusOf(Feedback item) {
		return this.items.findById(item.getId()).orElseThrow().getStatus();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static int countOf(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
