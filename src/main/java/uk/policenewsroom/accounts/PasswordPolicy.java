package uk.policenewsroom.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NCSC and NIST advice: 8 to 128 characters, any characters at all, no rules about mixing
 * letters and symbols, but none of the passwords everybody tries first, and none made
 * from the names of this site or the force ({@code newsroom.publisher.name}).
 */
@Component
public class PasswordPolicy {

	public static final int MIN = 8;

	public static final int MAX = 128;

	/** Letters left once the context words are taken out, below which it is refused. */
	private static final int MIN_LETTERS_BEYOND_CONTEXT = 4;

	private final Set<String> common;

	private final List<String> context;

	@Autowired
	PasswordPolicy(@Value("${newsroom.site.name:Police Newsroom}") String siteName,
			@Value("${newsroom.publisher.name:}") String forceName) {
		this(List.of(siteName, forceName));
	}

	PasswordPolicy(List<String> names) {
		this.common = load();
		this.context = contextWords(names);
	}

	/**
	 * What is wrong with the password, in words for the person choosing it; empty if
	 * fine.
	 */
	public Optional<String> problemWith(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN) {
			return Optional.of("Password must be at least " + MIN + " characters");
		}
		if (password.codePointCount(0, password.length()) > MAX) {
			return Optional.of("Password must be " + MAX + " characters or fewer");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower) || lower.chars().distinct().count() == 1) {
			return Optional.of("That password is too common and easy to guess: choose another");
		}
		if (email != null && lower.equals(email.toLowerCase(Locale.ROOT))) {
			return Optional.of("Password must not be your email address");
		}
		if (isMostlyContext(lower, email)) {
			return Optional.of("Password must not be made from the name of this site, the force or your email"
					+ " address: choose another");
		}
		return Optional.empty();
	}

	/**
	 * Whether, once the site's and force's names (and the email's name part) are taken
	 * out of its letters, too little is left: "PoliceNewsroom2026!" is refused.
	 */
	private boolean isMostlyContext(String lower, String email) {
		String letters = lower.replaceAll("[^\\p{L}]", "");
		List<String> words = new ArrayList<>(this.context);
		if (email != null && email.indexOf('@') > 0) {
			words.addAll(contextWords(List.of(email.substring(0, email.indexOf('@')))));
		}
		words.sort(Comparator.comparingInt(String::length).reversed());
		String left = letters;
		for (String word : words) {
			left = left.replace(word, "");
		}
		return left.length() < letters.length() && left.length() < MIN_LETTERS_BEYOND_CONTEXT;
	}

	/**
	 * Each name whole, and each of its words of four letters or more, in letters only.
	 */
	private static List<String> contextWords(List<String> names) {
		Set<String> words = new LinkedHashSet<>();
		for (String name : names) {
			if (name == null || name.isBlank()) {
				continue;
			}
			String lower = name.toLowerCase(Locale.ROOT);
			words.add(lower.replaceAll("[^\\p{L}]", ""));
			for (String word : lower.split("[^\\p{L}]+")) {
				if (word.length() >= MIN_LETTERS_BEYOND_CONTEXT) {
					words.add(word);
				}
			}
		}
		words.remove("");
		return List.copyOf(words);
	}

	private static Set<String> load() {
		ClassPathResource list = new ClassPathResource("accounts/common-passwords.txt");
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.strip().toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
