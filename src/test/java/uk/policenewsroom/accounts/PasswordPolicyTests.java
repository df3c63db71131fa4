package uk.policenewsroom.accounts;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NCSC's advice: long and not guessable; the names of this site and the force are the
 * first thing anybody tries against it.
 */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy(List.of("Police Newsroom", "Borsetshire Constabulary"));

	@ParameterizedTest
	@ValueSource(strings = { "policenewsroom", "PoliceNewsroom", "Police Newsroom 2026!", "newsroom-police",
			"policepolice", "borsetshire1", "Borsetshire Constabulary", "constabulary2026", "wendy.smith99" })
	void contextWordsAreRefused(String password) {
		assertThat(this.policy.problemWith(password, "wendy.smith@newsroom.test")).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery staple", "police horse riding lessons", "newsroom kettle is broken",
			"a new long passphrase" })
	void longPassphrasesMentioningThemAreFine(String password) {
		assertThat(this.policy.problemWith(password, "wendy.smith@newsroom.test")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "short", "password1", "aaaaaaaaaa" })
	void shortAndCommonPasswordsAreStillRefused(String password) {
		assertThat(this.policy.problemWith(password, "wendy@newsroom.test")).isPresent();
	}

}
