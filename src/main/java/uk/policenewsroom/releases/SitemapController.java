package uk.policenewsroom.releases;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.OperationFinder;
import uk.policenewsroom.operations.OperationViews.PageAddress;
import uk.policenewsroom.site.SiteProperties;

/**
 * {@code /sitemap.xml} for search engines: the site's pages, areas, operations and every
 * published release with {@code lastmod} from the release. A sitemap may hold 50,000
 * addresses; past that, {@code /sitemap.xml} becomes a sitemap index of
 * {@code /sitemap-pages.xml} and {@code /sitemap-releases-N.xml}, 50,000 releases each.
 * Releases are listed by the same rule as the news list
 * ({@link Releases#PUBLICLY_LISTED}).
 */
@Controller
@Transactional(readOnly = true)
class SitemapController {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final List<String> PAGES = List.of("/", "/news", "/operations");

	private final Releases releases;

	private final Areas areas;

	private final OperationFinder operations;

	private final SiteProperties site;

	private final Clock clock;

	private final int maxUrls;

	SitemapController(Releases releases, Areas areas, OperationFinder operations, SiteProperties site, Clock clock,
			@Value("${newsroom.sitemap.max-urls:50000}") int maxUrls) {
		this.releases = releases;
		this.areas = areas;
		this.operations = operations;
		this.site = site;
		this.clock = clock;
		this.maxUrls = maxUrls;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		Instant now = this.clock.instant();
		List<Url> pages = pages();
		long releaseCount = this.releases.countPublished(now, null, null);
		if (pages.size() + releaseCount <= this.maxUrls) {
			List<Url> all = new ArrayList<>(pages);
			all.addAll(releases(now, 0));
			return xml(urlset(all));
		}
		List<String> sitemaps = new ArrayList<>();
		sitemaps.add("/sitemap-pages.xml");
		for (long n = 1; n <= chunks(releaseCount); n++) {
			sitemaps.add("/sitemap-releases-" + n + ".xml");
		}
		return xml(index(sitemaps));
	}

	@GetMapping("/sitemap-pages.xml")
	ResponseEntity<String> pagesSitemap() throws XMLStreamException {
		return xml(urlset(pages()));
	}

	@GetMapping("/sitemap-releases-{number:[0-9]+}.xml")
	ResponseEntity<String> releasesSitemap(@PathVariable int number) throws XMLStreamException {
		Instant now = this.clock.instant();
		if (number < 1 || number > chunks(this.releases.countPublished(now, null, null))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return xml(urlset(releases(now, number - 1)));
	}

	private long chunks(long releaseCount) {
		return Math.max(1, (releaseCount + this.maxUrls - 1) / this.maxUrls);
	}

	private List<Url> pages() {
		List<Url> pages = new ArrayList<>();
		PAGES.forEach((path) -> pages.add(new Url(path, null)));
		this.areas.findAllByOrderByNameAsc().forEach((area) -> pages.add(new Url("/areas/" + area.getSlug(), null)));
		for (PageAddress operation : this.operations.addresses()) {
			pages.add(new Url(operation.path(), operation.lastModified()));
		}
		return pages;
	}

	private List<Url> releases(Instant now, int chunk) {
		return this.releases.findPublishedAddresses(now, PageRequest.of(chunk, this.maxUrls))
			.stream()
			.map((release) -> new Url("/news/" + release.getSlug(), release.lastModified()))
			.toList();
	}

	private String urlset(List<Url> urls) throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		for (Url url : urls) {
			xml.writeStartElement("url");
			element(xml, "loc", this.site.baseUrl() + url.path());
			if (url.lastModified() != null) {
				element(xml, "lastmod", url.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return out.toString();
	}

	private String index(List<String> sitemaps) throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("sitemapindex");
		xml.writeDefaultNamespace(NAMESPACE);
		for (String path : sitemaps) {
			xml.writeStartElement("sitemap");
			element(xml, "loc", this.site.baseUrl() + path);
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static ResponseEntity<String> xml(String body) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.cacheControl(CacheControl.maxAge(Duration.ZERO).sMaxAge(Duration.ofMinutes(10)).cachePublic())
			.body(body);
	}

	private record Url(String path, Instant lastModified) {

	}

}
