package uk.policenewsroom.releases;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns a release body written in Markdown into HTML that is safe to put on a page.
 * Markdown from the press office is untrusted input too: raw HTML in it is escaped by the
 * renderer, and whatever the renderer produces passes through an allow-list sanitiser, so
 * scripts, event handlers, styles and {@code javascript:} or {@code data:} links never
 * reach a page. A heading of level one becomes level two: the page's title is its only
 * {@code h1}.
 */
public final class ReleaseBody {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("\n")
		.build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements((name, attributes) -> "h2", "h1")
			.allowElements("pre", "code", "hr", "br", "dl", "dt", "dd")
			.allowUrlProtocols("https", "http", "mailto", "tel")
			.allowElements("a")
			.allowAttributes("href")
			.onElements("a")
			.requireRelsOnLinks("noopener", "noreferrer")
			.toFactory());

	private ReleaseBody() {
	}

	public static String toHtml(String markdown) {
		String html = RENDERER.render(PARSER.parse((markdown != null) ? markdown : ""));
		return POLICY.sanitize(html);
	}

}
