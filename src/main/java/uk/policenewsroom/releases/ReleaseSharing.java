package uk.policenewsroom.releases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import uk.policenewsroom.releases.ReleaseViews.ReleasePage;
import uk.policenewsroom.releases.ReleaseViews.ShareLink;
import uk.policenewsroom.site.LondonTime;
import uk.policenewsroom.site.PageMeta;
import uk.policenewsroom.site.PublisherProperties;
import uk.policenewsroom.site.SiteProperties;

/**
 * How a release presents itself to search engines and to the places it is shared: its
 * canonical address, OpenGraph and Twitter card tags, schema.org {@code NewsArticle}, and
 * share links that are plain links, so no third party's script or request is ever on our
 * pages.
 */
@Component
class ReleaseSharing {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SiteProperties site;

	private final PublisherProperties publisher;

	ReleaseSharing(SiteProperties site, PublisherProperties publisher) {
		this.site = site;
		this.publisher = publisher;
	}

	String url(ReleasePage release) {
		return this.site.baseUrl() + "/news/" + release.slug();
	}

	PageMeta meta(ReleasePage release) {
		String url = url(release);
		String image = (release.image() != null) ? this.site.baseUrl() + release.image().url() : null;
		String published = iso(release.published());
		String modified = iso((release.updated() != null) ? release.updated() : release.published());
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("@context", "https://schema.org");
		article.put("@type", "NewsArticle");
		article.put("headline", release.title());
		article.put("description", release.summary());
		article.put("url", url);
		article.put("mainEntityOfPage", url);
		article.put("datePublished", published);
		article.put("dateModified", modified);
		if (image != null) {
			Map<String, Object> picture = new LinkedHashMap<>();
			picture.put("@type", "ImageObject");
			picture.put("url", image);
			picture.put("width", release.image().width());
			picture.put("height", release.image().height());
			picture.put("caption", release.image().alt());
			article.put("image", List.of(picture));
		}
		article.put("articleSection", release.category().name());
		Map<String, Object> force = new LinkedHashMap<>();
		force.put("@type", "GovernmentOrganization");
		force.put("name", this.publisher.name());
		force.put("url", this.site.baseUrl().toString());
		article.put("publisher", force);
		article.put("author", force);
		return new PageMeta(url, release.title(), release.summary(), "article", image,
				(release.image() != null) ? release.image().alt() : null, published, modified,
				PageMeta.scriptSafe(JSON.writeValueAsString(article)));
	}

	/** Email, WhatsApp, Facebook and X, each a plain link that opens the service. */
	List<ShareLink> shareLinks(ReleasePage release) {
		String url = encode(url(release));
		String title = encode(release.title());
		return List.of(
				new ShareLink("Email",
						"mailto:?subject=" + title + "&body=" + encode(release.summary() + "\n\n") + url),
				new ShareLink("WhatsApp", "https://wa.me/?text=" + encode(release.title() + " " + url(release))),
				new ShareLink("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
				new ShareLink("X", "https://x.com/intent/post?text=" + title + "&url=" + url));
	}

	/** Percent-encoding for URLs (spaces as %20, which mail programs also understand). */
	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String iso(LondonTime.Shown time) {
		return (time != null) ? time.iso() : null;
	}

}
