package uk.policenewsroom.feedback;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Cleans the "page it came from" that the feedback link carries. Only a path on this site
 * is kept: no query or fragment, no email address (a visitor may have typed one into a
 * search), nothing longer than the column holds.
 */
final class PagePaths {

	static final int MAX = 300;

	private static final Pattern EMAIL = Pattern.compile("[^/\\s@]+@[^/\\s@]+");

	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\s<>\"'`\\\\]");

	private PagePaths() {
	}

	static String clean(String from) {
		if (from == null || from.isBlank()) {
			return null;
		}
		String path = from.strip();
		int cut = indexOfAny(path, '?', '#');
		if (cut >= 0) {
			path = path.substring(0, cut);
		}
		try {
			path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (!path.startsWith("/") || path.startsWith("//")) {
			return null;
		}
		path = EMAIL.matcher(path).replaceAll("");
		path = UNSAFE.matcher(path).replaceAll("");
		if (path.length() > MAX) {
			path = path.substring(0, MAX);
		}
		return path;
	}

	private static int indexOfAny(String text, char... chars) {
		int first = -1;
		for (char c : chars) {
			int index = text.indexOf(c);
			if (index >= 0 && (first < 0 || index < first)) {
				first = index;
			}
		}
		return first;
	}

}
