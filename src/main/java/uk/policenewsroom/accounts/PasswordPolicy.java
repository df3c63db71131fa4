package uk.policenewsroom.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NCSC and NIST advice: 8 to 128 characters, any characters at all, no rules about mixing
 * letters and symbols, but none of the passwords everybody tries first.
 */
@Component
public class PasswordPolicy {

	public static final int MIN = 8;

	public static final int MAX = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
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
		return Optional.empty();
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
