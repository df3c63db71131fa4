package uk.policenewsroom.releases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.Role;
import uk.policenewsroom.areas.Area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public search and the press office's: ranking, filters, safe snippets, and the
 * searches people get wrong.
 */
@NewsroomTest
class SearchTests {

	/**
	 * Markup that must never reach a page as markup, from the OWASP filter cheat sheet.
	 */
	static final List<String> XSS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"\"><svg onload=alert(1)>", "</mark><b>bold</b>", "<a href=\"javascript:alert(1)\">x</a>", "&lt;script&gt;",
			"'\"--></style></script><script>alert(1)</script>", "\uE000knife\uE001");

	static final Instant MARCH = Instant.parse("2022-03-18T11:50:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Releases releases;

	@Autowired
	Categories categories;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	private Area colchester;

	@BeforeEach
	void content() {
		this.data.reset();
		this.colchester = this.data.area("Colchester");
		Area harlow = this.data.area("Harlow");
		release("knife-in-title", "Knife seized in Colchester", "Officers found a blade.",
				"A man was arrested on the High Street.", "arrest", MARCH, Set.of(this.colchester));
		release("knife-in-body", "Man arrested after a fight", "A man is in custody.",
				"Officers recovered a kitchen knife from the scene.", "arrest", MARCH.plusSeconds(3600),
				Set.of(harlow));
		release("knife-appeal", "Appeal after knife crime in Harlow", "Did you see what happened?",
				"We want to hear from witnesses to a knife attack.", "appeal", MARCH.minusSeconds(86_400 * 40),
				Set.of(harlow));
		release("county-lines", "County lines gang jailed", "Five people were jailed.",
				"The county lines network sold cannabis and cocaine.", "charge", MARCH, Set.of());
		release("lines-of-county", "Lines painted on county roads", "New road markings.",
				"Cannabis plants were not involved.", "road-safety", MARCH, Set.of());
	}

	@Test
	void aMatchInTheTitleRanksAboveAMatchInTheBody() throws Exception {
		List<String> slugs = resultSlugs(search("/search?q=knife"));
		assertThat(slugs).hasSize(3);
		assertThat(slugs.indexOf("knife-in-title")).isLessThan(slugs.indexOf("knife-in-body"));
		assertThat(slugs.indexOf("knife-appeal")).isLessThan(slugs.indexOf("knife-in-body"));
	}

	@Test
	void wordsAreMatchedByTheirStemAndHighlighted() throws Exception {
		Document page = search("/search?q=arrests");
		assertThat(resultSlugs(page)).containsExactlyInAnyOrder("knife-in-title", "knife-in-body");
		Element title = page.selectFirst("a[href=/news/knife-in-body]");
		assertThat(title.html()).isEqualTo("Man <mark>arrested</mark> after a fight");
		assertThat(page.select(".search-results mark").eachText()).containsOnly("arrested");
	}

	@Test
	void quotesSearchForAPhraseAndAMinusLeavesAWordOut() throws Exception {
		assertThat(resultSlugs(search("/search?q=\"county lines\""))).containsExactly("county-lines");
		assertThat(resultSlugs(search("/search?q=cannabis -county"))).isEmpty();
		assertThat(resultSlugs(search("/search?q=cannabis -jailed"))).containsExactly("lines-of-county");
	}

	@Test
	void aMatchFarIntoALongBodyIsFoundThoughTheSnippetIsCutFromTheOpening() throws Exception {
		String opening = "Officers patrolled the town centre. ".repeat(100);
		release("long-body", "Patrols in the town centre", "Extra patrols.", opening + "A stolen bicycle was returned.",
				"news", MARCH, Set.of());
		Document page = search("/search?q=bicycle");
		assertThat(resultSlugs(page)).containsExactly("long-body");
		assertThat(page.select(".search-results mark")).isEmpty();
		assertThat(resultSlugs(search("/search?q=patrolled"))).containsExactly("long-body");
	}

	@Test
	void categoryAreaAndDatesNarrowTheSearch() throws Exception {
		assertThat(resultSlugs(search("/search?q=knife&category=appeal"))).containsExactly("knife-appeal");
		assertThat(resultSlugs(search("/search?q=knife&area=harlow"))).containsExactlyInAnyOrder("knife-appeal",
				"knife-in-body");
		assertThat(resultSlugs(search("/search?q=knife&from=2022-03-18&to=2022-03-18")))
			.containsExactlyInAnyOrder("knife-in-title", "knife-in-body");
		assertThat(resultSlugs(search("/search?q=knife&to=2022-03-17"))).containsExactly("knife-appeal");
		assertThat(resultSlugs(search("/search?q=knife&area=harlow&category=arrest&from=2022-03-01")))
			.containsExactly("knife-in-body");
	}

	@Test
	void onlyWhatThePublicMaySeeIsFound() throws Exception {
		release("future-knife", "Knife amnesty next year", "Soon.", "Knife bins.", "news",
				Instant.now().plusSeconds(86_400 * 365), Set.of());
		this.data.draft("draft-knife", "Knife draft nobody may see");
		assertThat(resultSlugs(search("/search?q=knife"))).hasSize(3).doesNotContain("future-knife", "draft-knife");
	}

	@Test
	void theSqlAndJpqlRulesForPubliclyListedAgree() {
		release("future", "Future", "Soon.", "Later.", "news", Instant.now().plusSeconds(86_400), Set.of());
		this.data.draft("a-draft", "A draft");
		this.transactions.executeWithoutResult((status) -> this.releases.findBySlug("county-lines")
			.orElseThrow()
			.withdraw(Actor.editor(this.data.officer(Role.EDITOR).id()), TakeDownReason.OTHER, "Published in error",
					Clock.fixed(MARCH, ZoneOffset.UTC)));
		Instant now = Instant.now();
		List<Long> jpql = this.releases.findPublishedPage(now, null, null, 0, 1000)
			.stream()
			.map(Release::getId)
			.toList();
		List<Long> sql = this.jdbc.queryForList(
				"select r.id from releases r where " + Releases.PUBLICLY_LISTED_SQL.replace(":now", "?"), Long.class,
				java.sql.Timestamp.from(now));
		assertThat(sql).hasSize(4).containsExactlyInAnyOrderElementsOf(jpql);
	}

	@Test
	void thePressOfficeSearchUsesTheSameIndexAndFindsDrafts() throws Exception {
		this.data.draft("draft-knife", "Knife draft nobody may see");
		String page = this.mvc
			.perform(get("/press-office/releases").param("q", "knife").with(user(this.data.officer(Role.WRITER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document doc = Jsoup.parse(page);
		assertThat(doc.select("table a").eachText()).contains("Knife draft nobody may see",
				"Knife seized in Colchester", "Man arrested after a fight");
	}

	@Test
	void resultsComeInPagesOfTwenty() throws Exception {
		for (int i = 1; i <= 23; i++) {
			release("burglary-" + i, "Burglary number " + i, "A burglary.", "Burglary.", "news",
					MARCH.minusSeconds(i * 60L), Set.of());
		}
		Document first = search("/search?q=burglary");
		assertThat(resultSlugs(first)).hasSize(20);
		assertThat(first.select(".results-count").text()).startsWith("23 results");
		assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("/search?q=burglary&page=2");
		assertThat(resultSlugs(search("/search?q=burglary&page=2"))).hasSize(3);
		this.mvc.perform(get("/search?q=burglary&page=3")).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4, 5, 6, 7 })
	void markupInReleasesIsShownAsText(int attack) throws Exception {
		String xss = XSS.get(attack);
		release("xss", "Knife " + xss + " found", "Summary " + xss, "Body with knife and " + xss + " in it.", "news",
				MARCH, Set.of());
		Document page = search("/search?q=knife");
		Element result = page.selectFirst("a[href=/news/xss]").closest("li");
		assertOnlyMarks(result);
		assertThat(result.text()).contains("Knife " + xss.replace("\uE000", "").replace("\uE001", "") + " found");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4, 5, 6, 7 })
	void markupInTheQueryIsShownAsText(int attack) throws Exception {
		String xss = XSS.get(attack);
		String page = this.mvc.perform(get("/search").param("q", "knife " + xss))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document doc = Jsoup.parse(page);
		assertThat(doc.select("script:not([src])")).isEmpty();
		assertThat(doc.select("main img, main svg, main b, main [onerror], main [onload]")).isEmpty();
		assertThat(doc.selectFirst("#q").val()).isEqualTo("knife " + xss);
		doc.select(".search-results li").forEach(SearchTests::assertOnlyMarks);
	}

	@Test
	void anEmptySearchAsksForWords() throws Exception {
		Document page = search("/search?q=");
		assertThat(page.select(".search-advice").text()).contains("Type one or more words");
		assertThat(page.select(".search-results")).isEmpty();
		assertThat(search("/search").select("h1").text()).isEqualTo("Search news and appeals");
	}

	@Test
	void aVeryLongSearchIsRefusedWithAMessageAndKept() throws Exception {
		String words = "knife ".repeat(334).substring(0, 2000);
		String page = this.mvc.perform(get("/search").param("q", words))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document doc = Jsoup.parse(page);
		assertThat(doc.title()).startsWith("Error: Search");
		assertThat(doc.select(".error-summary a[href=#q]").text()).contains("at most 200 characters");
		assertThat(doc.select("#q-error").text()).contains("at most 200 characters");
		assertThat(doc.selectFirst("#q").val()).isEqualTo(words);
	}

	@Test
	void aSearchOfOnlyCommonWordsSaysSo() throws Exception {
		Document page = search("/search?q=the and of");
		assertThat(page.select(".search-advice h2").text()).isEqualTo("Nothing to search for");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"knife", "knife\"", "\"\"\"", "knife & | ! :* ( )", "-", "--knife", "knife\u0000",
			"'knife'", "\\" })
	void oddSearchesNeverFail(String words) throws Exception {
		this.mvc.perform(get("/search").param("q", words)).andExpect(status().isOk());
	}

	@Test
	void anUnbalancedQuoteStillFindsTheWords() throws Exception {
		assertThat(resultSlugs(search("/search?q=\"county lines"))).containsExactly("county-lines");
	}

	@Test
	void noResultsHelpsTheReader() throws Exception {
		Document page = search("/search?q=zebra&category=appeal");
		assertThat(page.select(".search-advice h2").text()).isEqualTo("No releases match your search");
		assertThat(page.select(".search-advice a").eachAttr("href")).contains("/search?q=zebra");
	}

	@Test
	void badFiltersGetMessagesNextToTheirFields() throws Exception {
		String page = this.mvc
			.perform(get("/search").param("q", "knife")
				.param("category", "no-such")
				.param("from", "18/03/2022")
				.param("area", "atlantis"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document doc = Jsoup.parse(page);
		assertThat(doc.select("#category-error").text()).contains("Choose a category from the list");
		assertThat(doc.select("#area-error").text()).contains("Choose an area from the list");
		assertThat(doc.select("#from-error").text()).contains("for example 2024-03-18");
		this.mvc.perform(get("/search?q=knife&from=2022-03-18&to=2022-03-01")).andExpect(status().isBadRequest());
	}

	@Test
	void theNewsListSendsASearchToTheSearchPage() throws Exception {
		this.mvc.perform(get("/news").param("q", "knife & fork").param("area", "harlow"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/search?q=knife+%26+fork&area=harlow"));
	}

	private Document search(String uri) throws Exception {
		ResultActions result = this.mvc.perform(get(uri)).andExpect(status().isOk());
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
	}

	private static List<String> resultSlugs(Document page) {
		return page.select(".search-results h2 a").eachAttr("href").stream().map((h) -> h.substring(6)).toList();
	}

	/** The only elements in a result are ours: links, times, paragraphs, and marks. */
	private static void assertOnlyMarks(Element result) {
		assertThat(result.select("*").stream().map(Element::tagName))
			.allMatch((tag) -> Set.of("li", "h2", "a", "p", "time", "span", "mark").contains(tag));
		assertThat(result.select("[onerror], [onload], [style]")).isEmpty();
		result.select("a").forEach((a) -> assertThat(a.attr("href")).startsWith("/"));
	}

	private void release(String slug, String title, String summary, String body, String category, Instant at,
			Set<Area> areas) {
		Clock clock = Clock.fixed(at, ZoneOffset.UTC);
		this.transactions.executeWithoutResult((status) -> {
			Release release = Release.draft(slug, new Release.Content(title, summary, body,
					this.categories.findBySlug(category).orElseThrow(), areas, null), clock);
			release.recordAsPublished(clock);
			this.releases.save(release);
		});
	}

}
