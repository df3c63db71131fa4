package uk.policenewsroom.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An Atom feed a list page offers: the layout names it in {@code <link rel="alternate">}
 * and the page links to it. Controllers put it in the model as {@code feed}; without one,
 * pages offer the latest news.
 *
 * @param href the feed's path, {@code /news.atom?area=colchester}
 * @param title what it is, "news in Colchester"
 */
public record FeedLink(String href, String title) {

	public static final FeedLink LATEST = new FeedLink("/news.atom", "the latest news");

	/** The news feed narrowed to a category, an area, or both (either may be null). */
	public static FeedLink news(String category, String area, String title) {
		StringBuilder href = new StringBuilder("/news.atom");
		char separator = '?';
		if (category != null) {
			href.append(separator).append("category=").append(URLEncoder.encode(category, StandardCharsets.UTF_8));
			separator = '&';
		}
		if (area != null) {
			href.append(separator).append("area=").append(URLEncoder.encode(area, StandardCharsets.UTF_8));
		}
		return new FeedLink(href.toString(), title);
	}

}
