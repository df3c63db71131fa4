package uk.policenewsroom.releases;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uk.policenewsroom.areas.AreaView;
import uk.policenewsroom.releases.ReleaseViews.ReleaseSummary;
import uk.policenewsroom.site.FeedLink;
import uk.policenewsroom.site.SiteProperties;
import uk.policenewsroom.site.Slugs;

/**
 * Atom feeds people can follow: all the latest news, or one category's (appeals), one
 * area's, or both. A filter that names nothing we have answers 404, never the full feed,
 * so a mistyped feed address is noticed rather than followed.
 */
@Controller
class NewsFeedController {

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final Set<String> FILTERS = Set.of("category", "area");

	private final ReleaseFinder finder;

	private final SiteProperties site;

	NewsFeedController(ReleaseFinder finder, SiteProperties site) {
		this.finder = finder;
		this.site = site;
	}

	@GetMapping("/news.atom")
	ResponseEntity<String> feed(@RequestParam MultiValueMap<String, String> parameters) throws FeedException {
		if (!FILTERS.containsAll(parameters.keySet())
				|| parameters.values().stream().anyMatch((values) -> values.size() > 1)) {
			throw notFound();
		}
		Optional<CategoryView> category = filter(parameters.getFirst("category")).map((slug) -> this.finder.categories()
			.stream()
			.filter((c) -> c.slug().equals(slug))
			.findFirst()
			.orElseThrow(NewsFeedController::notFound));
		Optional<AreaView> area = filter(parameters.getFirst("area"))
			.map((slug) -> this.finder.area(slug).orElseThrow(NewsFeedController::notFound));
		String categorySlug = category.map(CategoryView::slug).orElse(null);
		String areaSlug = area.map(AreaView::slug).orElse(null);
		FeedLink link = FeedLink.news(categorySlug, areaSlug, title(category, area));
		String base = this.site.baseUrl().toString();
		List<ReleaseSummary> releases = this.finder.latest(ReleaseFinder.PAGE_SIZE, categorySlug, areaSlug);
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(this.site.name() + ": " + link.title());
		String page = area.isPresent() && category.isEmpty() ? base + "/areas/" + areaSlug
				: base + FeedLink.news(categorySlug, areaSlug, "").href().replace("/news.atom", "/news");
		feed.setUri(base + link.href());
		feed.setLink(page);
		SyndLinkImpl self = new SyndLinkImpl();
		self.setRel("self");
		self.setType("application/atom+xml");
		self.setHref(base + link.href());
		SyndLinkImpl alternate = new SyndLinkImpl();
		alternate.setRel("alternate");
		alternate.setType("text/html");
		alternate.setHref(page);
		feed.setLinks(List.of(alternate, self));
		feed.setPublishedDate(releases.isEmpty() ? new Date(0) : Date.from(releases.get(0).published().instant()));
		feed.setEntries(releases.stream().map((release) -> entry(base, release)).toList());
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(CacheControl.maxAge(Duration.ZERO).sMaxAge(Duration.ofMinutes(1)).cachePublic())
			.body(new SyndFeedOutput().outputString(feed));
	}

	/** "appeals in Colchester", "news in Harlow", "appeals", "the latest news". */
	static String title(Optional<CategoryView> category, Optional<AreaView> area) {
		String what = category.map((c) -> c.slug().equals("appeal") ? "appeals" : c.name().toLowerCase() + " news")
			.orElse(area.isPresent() ? "news" : FeedLink.LATEST.title());
		return area.map((a) -> what + " in " + a.name()).orElse(what);
	}

	private static Optional<String> filter(String slug) {
		if (slug == null) {
			return Optional.empty();
		}
		if (!Slugs.isValid(slug)) {
			throw notFound();
		}
		return Optional.of(slug);
	}

	private static SyndEntry entry(String base, ReleaseSummary release) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle(release.title());
		entry.setLink(base + "/news/" + release.slug());
		entry.setUri(base + "/news/" + release.slug());
		entry.setPublishedDate(Date.from(release.published().instant()));
		entry.setUpdatedDate(Date.from(release.published().instant()));
		SyndContentImpl summary = new SyndContentImpl();
		summary.setType("text");
		summary.setValue(release.summary());
		entry.setDescription(summary);
		SyndCategoryImpl category = new SyndCategoryImpl();
		category.setName(release.category().name());
		entry.setCategories(List.of(category));
		return entry;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
