package uk.policenewsroom.releases;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.Role;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.OperationFinder;
import uk.policenewsroom.operations.TallyKind;
import uk.policenewsroom.operations.TallyLine;
import uk.policenewsroom.site.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What readers and the machines they use get: feeds per filter, area pages, the sitemap
 * and robots.txt, and the sharing and schema.org data on every release. Absolute
 * addresses come from newsroom.site.base-url, never from the request's Host header.
 */
@NewsroomTest
class ReaderTests {

	static final Instant MARCH = Instant.parse("2022-03-18T11:50:00Z");

	static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Releases releases;

	@Autowired
	Categories categories;

	@Autowired
	Areas areas;

	@Autowired
	OperationFinder operations;

	@Autowired
	SiteProperties site;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EmbargoSharing embargoes;

	private Area colchester;

	private Area harlow;

	@BeforeEach
	void content() {
		this.data.reset();
		this.colchester = this.data.area("Colchester");
		this.harlow = this.data.area("Harlow");
		long operation = this.data
			.operation("raptor-week", "Raptor week", List.of(TallyLine.count(TallyKind.ARRESTS, 12)),
					Set.of(this.colchester))
			.getId();
		this.data.published("colchester-appeal", "Appeal after a burglary in Colchester", "appeal", MARCH,
				Set.of(this.colchester), null);
		this.data.published("colchester-news", "New police station opens in Colchester", "news",
				MARCH.minus(1, ChronoUnit.DAYS), Set.of(this.colchester), operation);
		this.data.published("harlow-appeal", "Appeal for witnesses in Harlow", "appeal",
				MARCH.minus(2, ChronoUnit.DAYS), Set.of(this.harlow), null);
		this.data.published("harlow-news", "Harlow road reopens", "road-safety", MARCH.minus(3, ChronoUnit.DAYS),
				Set.of(this.harlow), null);
		this.data.published("future", "Embargoed appeal", "appeal", Instant.now().plus(300, ChronoUnit.DAYS),
				Set.of(this.colchester), null);
		this.data.draft("draft", "A draft appeal");
	}

	@Test
	void theBaseUrlIsTheTestsDefault() {
		assertThat(this.site.baseUrl().toString()).isEqualTo(BASE);
	}

	@Test
	void eachFeedHoldsOnlyWhatItsFilterSays() throws Exception {
		assertThat(entries(feed("/news.atom"))).containsExactly("colchester-appeal", "colchester-news", "harlow-appeal",
				"harlow-news");
		assertThat(entries(feed("/news.atom?category=appeal"))).containsExactly("colchester-appeal", "harlow-appeal");
		assertThat(entries(feed("/news.atom?area=harlow"))).containsExactly("harlow-appeal", "harlow-news");
		assertThat(entries(feed("/news.atom?area=colchester&category=appeal"))).containsExactly("colchester-appeal");
		assertThat(entries(feed("/news.atom?category=court-result"))).isEmpty();
		SyndFeed appeals = feed("/news.atom?category=appeal&area=harlow");
		assertThat(appeals.getTitle()).endsWith("appeals in Harlow");
	}

	@Test
	void aFeedUsesTheSitesAddressNotTheHostHeader() throws Exception {
		String atom = this.mvc.perform(get("/news.atom?area=harlow").header("Host", "evil.example"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(atom).contains(BASE + "/news/harlow-news", BASE + "/news.atom?area=harlow")
			.doesNotContain("evil.example");
	}

	@Test
	void aFeedForSomethingWeDoNotHaveIsNotFound() throws Exception {
		for (String uri : List.of("/news.atom?area=clacton", "/news.atom?category=gossip", "/news.atom?area=",
				"/news.atom?tag=knife", "/news.atom?area=Harlow%20Town", "/news.atom?area=harlow&area=colchester")) {
			this.mvc.perform(get(uri)).andExpect(status().isNotFound());
		}
	}

	@Test
	void listPagesOfferTheirFeed() throws Exception {
		Document news = page("/news?category=appeal&area=harlow");
		assertThat(news.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
			.isEqualTo("/news.atom?category=appeal&area=harlow");
		assertThat(news.select(".feed-link a").attr("href")).isEqualTo("/news.atom?category=appeal&area=harlow");
		Document area = page("/areas/colchester");
		assertThat(area.select("link[rel=alternate]").attr("href")).isEqualTo("/news.atom?area=colchester");
		assertThat(area.select(".feed-link a").eachAttr("href")).containsExactly("/news.atom?area=colchester",
				"/news.atom?category=appeal&area=colchester");
		assertThat(page("/").select(".feed-link a").attr("href")).isEqualTo("/news.atom");
		assertThat(page("/news").select("link[rel=alternate]").attr("href")).isEqualTo("/news.atom");
	}

	@Test
	void anAreaPageShowsThatAreasNewsAppealsAndResults() throws Exception {
		Document page = page("/areas/colchester");
		assertThat(page.select("h1").text()).isEqualTo("Colchester");
		assertThat(page.select("#area-appeals ~ article h3 a, section:has(#area-appeals) h3 a").eachText())
			.containsExactly("Appeal after a burglary in Colchester");
		assertThat(page.select("section:has(#area-news) h3 a").eachText())
			.containsExactly("Appeal after a burglary in Colchester", "New police station opens in Colchester");
		assertThat(page.select("section:has(#area-results) h3 a").eachText()).containsExactly("Raptor week");
		assertThat(page.text()).doesNotContain("Harlow road reopens", "Embargoed appeal", "A draft appeal");
		this.mvc.perform(get("/areas/atlantis")).andExpect(status().isNotFound());
		this.mvc.perform(get("/areas/NOT_A_SLUG")).andExpect(status().isNotFound());
	}

	@Test
	void everyAreaNameLinksToItsPage() throws Exception {
		for (String uri : List.of("/", "/news", "/news/colchester-news", "/operations/raptor-week",
				"/search?q=appeal")) {
			Document page = page(uri);
			assertThat(page.select("main a:matchesOwn(^(Colchester|Harlow)$)")).as(uri)
				.isNotEmpty()
				.allSatisfy((link) -> assertThat(link.attr("href")).startsWith("/areas/"));
		}
	}

	@Test
	void theSitemapListsWhatIsPublishedWithTheReleasesTimes() throws Exception {
		correct("colchester-news", Instant.parse("2022-04-01T08:00:00Z"));
		withdraw("harlow-news");
		Document sitemap = xml("/sitemap.xml");
		Map<String, String> urls = new java.util.LinkedHashMap<>();
		sitemap.select("url")
			.forEach((url) -> urls.put(url.selectFirst("loc").text(),
					url.selectFirst("lastmod") != null ? url.selectFirst("lastmod").text() : null));
		assertThat(urls).containsEntry(BASE + "/news/colchester-appeal", "2022-03-18T11:50:00Z")
			.containsEntry(BASE + "/news/colchester-news", "2022-04-01T08:00:00Z")
			.containsKeys(BASE + "/", BASE + "/news", BASE + "/areas/colchester", BASE + "/areas/harlow",
					BASE + "/operations/raptor-week")
			.doesNotContainKeys(BASE + "/news/future", BASE + "/news/draft", BASE + "/news/harlow-news");
		assertThat(sitemap.selectFirst("urlset").attr("xmlns")).isEqualTo(SitemapController.NAMESPACE);
	}

	@Test
	void pastItsLimitTheSitemapBecomesAnIndex() throws Exception {
		SitemapController small = new SitemapController(this.releases, this.areas, this.operations, this.site,
				Clock.systemUTC(), 3);
		Document index = Jsoup.parse(small.sitemap().getBody(), "", Parser.xmlParser());
		assertThat(index.select("sitemapindex > sitemap > loc").eachText()).containsExactly(BASE + "/sitemap-pages.xml",
				BASE + "/sitemap-releases-1.xml", BASE + "/sitemap-releases-2.xml");
		Document first = Jsoup.parse(small.releasesSitemap(1).getBody(), "", Parser.xmlParser());
		Document second = Jsoup.parse(small.releasesSitemap(2).getBody(), "", Parser.xmlParser());
		assertThat(first.select("loc").eachText()).containsExactly(BASE + "/news/harlow-news",
				BASE + "/news/harlow-appeal", BASE + "/news/colchester-news");
		assertThat(second.select("loc").eachText()).containsExactly(BASE + "/news/colchester-appeal");
		assertThat(Jsoup.parse(small.pagesSitemap().getBody(), "", Parser.xmlParser()).select("loc").eachText())
			.contains(BASE + "/", BASE + "/areas/harlow", BASE + "/operations/raptor-week");
		this.mvc.perform(get("/sitemap-releases-2.xml")).andExpect(status().isNotFound());
	}

	@Test
	void robotsTxtNamesTheSitemap() throws Exception {
		String robots = this.mvc.perform(get("/robots.txt").header("Host", "evil.example"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(robots).contains("Sitemap: " + BASE + "/sitemap.xml", "Disallow: /press-office",
				"Disallow: /preview/");
	}

	@Test
	void aReleaseTellsSearchEnginesAndSharingPreviewsAboutItself() throws Exception {
		correct("colchester-news", Instant.parse("2022-04-01T08:00:00Z"));
		Document page = page("/news/colchester-news");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/news/colchester-news");
		assertThat(meta(page, "og:title")).isEqualTo("New police station opens in Colchester");
		assertThat(meta(page, "og:description")).isEqualTo("Summary of New police station opens in Colchester");
		assertThat(meta(page, "og:url")).isEqualTo(BASE + "/news/colchester-news");
		assertThat(meta(page, "og:type")).isEqualTo("article");
		assertThat(meta(page, "article:published_time")).isEqualTo("2022-03-17T11:50:00Z");
		assertThat(meta(page, "article:modified_time")).isEqualTo("2022-04-01T08:00:00Z");
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");

		JsonNode article = jsonLd(page);
		assertThat(article.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(article.get("headline").asString()).isEqualTo("New police station opens in Colchester");
		assertThat(Instant.parse(article.get("datePublished").asString()))
			.isEqualTo(Instant.parse("2022-03-17T11:50:00Z"));
		assertThat(Instant.parse(article.get("dateModified").asString()))
			.isEqualTo(Instant.parse("2022-04-01T08:00:00Z"));
		assertThat(article.get("publisher").get("name").asString()).isEqualTo("Example Constabulary");

		JsonNode unchanged = jsonLd(page("/news/colchester-appeal"));
		assertThat(unchanged.get("dateModified").asString()).isEqualTo("2022-03-18T11:50:00Z");
	}

	@Test
	void theJsonLdCannotEndItsScriptElement() throws Exception {
		this.transactions.executeWithoutResult((status) -> {
			Clock clock = Clock.fixed(MARCH, ZoneOffset.UTC);
			Release release = Release.draft("tricky",
					new Release.Content("Title </script><script>alert(1)</script> <!-- end",
							"Summary </SCRIPT> \u2028 done", "Body", this.categories.findBySlug("news").orElseThrow(),
							Set.of(), null),
					clock);
			release.recordAsPublished(clock);
			this.releases.save(release);
		});
		String html = this.mvc.perform(get("/news/tricky")).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("script:not([src])")).hasSize(1);
		JsonNode article = jsonLd(page);
		assertThat(article.get("headline").asString()).isEqualTo("Title </script><script>alert(1)</script> <!-- end");
		assertThat(article.get("description").asString()).isEqualTo("Summary </SCRIPT> \u2028 done");
	}

	@Test
	void anAppealSaysHowToRespondAndEveryReleaseHasPlainShareLinks() throws Exception {
		Document appeal = page("/news/colchester-appeal");
		assertThat(appeal.select(".respond-box").text()).contains("How to respond to this appeal", "101",
				"Crimestoppers", "0800 555 111", "Appeal after a burglary in Colchester");
		assertThat(page("/news/colchester-news").select(".respond-box")).isEmpty();
		assertThat(appeal.select(".share a").eachAttr("href")).satisfiesExactly(
				(email) -> assertThat(email).startsWith("mailto:?subject=Appeal%20after%20a%20burglary")
					.contains(encoded(BASE + "/news/colchester-appeal")),
				(whatsapp) -> assertThat(whatsapp).startsWith("https://wa.me/?text="),
				(facebook) -> assertThat(facebook).isEqualTo(
						"https://www.facebook.com/sharer/sharer.php?u=" + encoded(BASE + "/news/colchester-appeal")),
				(x) -> assertThat(x).startsWith("https://x.com/intent/post?text=")
					.endsWith("&url=" + encoded(BASE + "/news/colchester-appeal")));
		assertThat(appeal.select("script[src]").eachAttr("src")).allMatch((src) -> src.startsWith("/js/"));
		assertThat(appeal.select("iframe, img[src^=http]")).isEmpty();
	}

	@Test
	void anEmbargoedPreviewTellsNoOneAboutItself() throws Exception {
		String token = this.embargoes.share(this.data.officer(Role.WRITER),
				this.releases.findBySlug("draft").orElseThrow().getId(), new EmbargoLinkForm());
		Document preview = page("/preview/" + token);
		assertThat(preview.select("link[rel=canonical], meta[property^=og:], script[type=application/ld+json]"))
			.isEmpty();
		assertThat(preview.select(".share")).isEmpty();
	}

	private static String encoded(String url) {
		return java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String meta(Document page, String property) {
		return page.select("meta[property=" + property + "]").attr("content");
	}

	private static JsonNode jsonLd(Document page) {
		return JsonMapper.builder().build().readTree(page.selectFirst("script[type=application/ld+json]").data());
	}

	private void correct(String slug, Instant at) {
		this.transactions.executeWithoutResult((status) -> {
			Release release = this.releases.findBySlug(slug).orElseThrow();
			release.correct(Actor.editor(this.data.officer(Role.EDITOR).id()), release.content(), "Opening hours added",
					false, Clock.fixed(at, ZoneOffset.UTC));
		});
	}

	private void withdraw(String slug) {
		this.transactions.executeWithoutResult((status) -> this.releases.findBySlug(slug)
			.orElseThrow()
			.withdraw(Actor.editor(this.data.officer(Role.EDITOR).id()), TakeDownReason.OTHER, "Published in error",
					Clock.fixed(MARCH, ZoneOffset.UTC)));
	}

	private Document page(String uri) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(uri)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private Document xml(String uri) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(uri)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
				"", Parser.xmlParser());
	}

	private SyndFeed feed(String uri) throws Exception {
		String atom = this.mvc.perform(get(uri))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new SyndFeedInput().build(new StringReader(atom));
	}

	private static List<String> entries(SyndFeed feed) {
		return feed.getEntries()
			.stream()
			.map(SyndEntry::getLink)
			.map((link) -> link.replace(BASE + "/news/", ""))
			.toList();
	}

}
