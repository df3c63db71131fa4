package uk.policenewsroom.releases;

import java.time.Duration;
import java.util.Date;
import java.util.List;

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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import uk.policenewsroom.releases.ReleaseViews.ReleaseSummary;
import uk.policenewsroom.site.SiteProperties;

/**
 * The latest news as an Atom feed, for journalists' feed readers and partner sites.
 */
@Controller
class NewsFeedController {

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ReleaseFinder finder;

	private final SiteProperties site;

	NewsFeedController(ReleaseFinder finder, SiteProperties site) {
		this.finder = finder;
		this.site = site;
	}

	@GetMapping("/news.atom")
	ResponseEntity<String> feed() throws FeedException {
		// The configured address, never the Host header: this feed is cached publicly.
		String base = this.site.baseUrl().toString();
		List<ReleaseSummary> releases = this.finder.latest(ReleaseFinder.PAGE_SIZE);
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(this.site.name() + ": latest news");
		feed.setUri(base + "/news");
		feed.setLink(base + "/news");
		SyndLinkImpl self = new SyndLinkImpl();
		self.setRel("self");
		self.setHref(base + "/news.atom");
		feed.setLinks(List.of(self));
		feed.setPublishedDate(releases.isEmpty() ? new Date(0) : Date.from(releases.get(0).published().instant()));
		feed.setEntries(releases.stream().map((release) -> entry(base, release)).toList());
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(CacheControl.maxAge(Duration.ZERO).sMaxAge(Duration.ofMinutes(1)).cachePublic())
			.body(new SyndFeedOutput().outputString(feed));
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

}
