package uk.policenewsroom.releases;

import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns PostgreSQL's {@code ts_headline} output into safe HTML. The matches come back
 * between two private-use characters that the query removed from the text first; the
 * whole text is escaped, and only then do those markers become {@code <mark>} tags,
 * always balanced. Nothing a writer or a searcher typed can become markup.
 */
final class Highlights {

	static final String START = "\uE000";

	static final String STOP = "\uE001";

	static final String TITLE_OPTIONS = "HighlightAll=true, StartSel=" + START + ", StopSel=" + STOP;

	static final String SNIPPET_OPTIONS = "MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \", StartSel="
			+ START + ", StopSel=" + STOP;

	/** Markdown's emphasis and heading marks, which mean nothing in a snippet. */
	private static final Pattern MARKDOWN = Pattern.compile("(?m)[*_`]{1,3}(?=\\S)|(?<=\\S)[*_`]{1,3}|^#+\\s*");

	private Highlights() {
	}

	static String toHtml(String marked) {
		if (marked == null) {
			return "";
		}
		StringBuilder html = new StringBuilder(marked.length() + 32);
		boolean open = false;
		int from = 0;
		for (int i = 0; i < marked.length(); i++) {
			char c = marked.charAt(i);
			if (c == START.charAt(0) || c == STOP.charAt(0)) {
				html.append(HtmlUtils.htmlEscape(marked.substring(from, i)));
				from = i + 1;
				if (c == START.charAt(0) && !open) {
					html.append("<mark>");
					open = true;
				}
				else if (c == STOP.charAt(0) && open) {
					html.append("</mark>");
					open = false;
				}
			}
		}
		html.append(HtmlUtils.htmlEscape(marked.substring(from)));
		if (open) {
			html.append("</mark>");
		}
		return html.toString();
	}

	/** A snippet without Markdown's marks, as safe HTML. */
	static String snippetToHtml(String marked) {
		return toHtml((marked != null) ? MARKDOWN.matcher(marked).replaceAll("") : null);
	}

}
