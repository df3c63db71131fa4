package uk.policenewsroom.site;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Readable, stable addresses: "County lines week: 49 arrests" becomes
 * "county-lines-week-49-arrests".
 */
public final class Slugs {

	private static final int MAX_LENGTH = 100;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private Slugs() {
	}

	public static String from(String text) {
		String plain = MARKS.matcher(Normalizer.normalize(text.replace("&", " and "), Normalizer.Form.NFD))
			.replaceAll("");
		String slug = NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
		slug = trimHyphens(slug);
		if (slug.length() > MAX_LENGTH) {
			slug = trimHyphens(slug.substring(0, MAX_LENGTH));
		}
		return slug.isEmpty() ? "untitled" : slug;
	}

	/** The slug for the text, with "-2", "-3"... added until {@code taken} says no. */
	public static String unique(String text, Predicate<String> taken) {
		String base = from(text);
		String slug = base;
		for (int n = 2; taken.test(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	public static boolean isValid(String slug) {
		return slug != null && slug.length() <= MAX_LENGTH + 10 && VALID.matcher(slug).matches();
	}

	private static String trimHyphens(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

}
