package uk.policenewsroom.releases;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legal-risk check: what must warn, and, as important for a busy press office, what
 * must not.
 */
class LegalRisksTests {

	@ParameterizedTest
	@ValueSource(strings = { "John Smith, 34, of Harlow, has been charged with burglary.",
			"A 19-year-old man was charged with robbery on Friday.", "Two men were charged overnight.",
			"He was remanded in custody to appear at Chelmsford Crown Court.",
			"Police have charged a man with assault.", "She is charged with theft." })
	void sayingSomeoneWasChargedWarnsAboutContempt(String words) {
		assertThat(rules(words)).containsExactly(LegalRule.CONTEMPT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The man was released without charge.", "Parking is free of charge.",
			"Sergeant Lee, who is in charge of the team, said:", "Make sure your phone is charged before you go out.",
			"No one has been arrested.", "Anyone with information should call 101." })
	void wordsNearChargeThatDoNotSaySomeoneWasChargedDoNotWarn(String words) {
		assertThat(rules(words)).doesNotContain(LegalRule.CONTEMPT);
	}

	@Test
	void aReleaseLinkedToAChargeWarnsAboutContemptWhateverItsWords() {
		assertThat(LegalRisks.check("Results of the week", "Forty arrests", "Thank you", true))
			.extracting(LegalRisks.LegalWarning::rule)
			.containsExactly(LegalRule.CONTEMPT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Jane Smith, 15, was last seen in Harlow.", "Tom Baker (16) was hurt.",
			"Jane Smith was last seen on Friday. She is aged 14 and has long brown hair.",
			"Officers are looking for Kyle Brown, a 17-year-old from Basildon.",
			"Ellie-Mae Jones is 12 years old and was wearing a red coat." })
	void anAgeUnder18NearANameWarnsAboutIdentifyingAChild(String words) {
		assertThat(rules(words)).containsExactly(LegalRule.CHILD);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Jane Smith, 45, was last seen in Harlow.", "A boy aged 15 was hurt in the collision.",
			"A 16-year-old has been arrested.", "Children aged under 16 should be accompanied.",
			"Essex Police officers spoke to a girl aged 13 at the scene.",
			"The closure lasted 15 minutes on Crown Court Road.", "Jane Smith, 18, was last seen in Harlow." })
	void anAgeAloneOrAnAdultsAgeOrANonNameDoesNotWarnAboutAChild(String words) {
		assertThat(rules(words)).doesNotContain(LegalRule.CHILD);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The victim, Sarah Jones, was sexually assaulted in the park.",
			"Police are investigating the rape of Sarah Jones in Colchester.",
			"Sarah Jones, 24, who was raped last year, has thanked officers.",
			"A man sexually assaulted Sarah Jones on the train.",
			"The victim's name is Sarah Jones. She was raped on Friday night." })
	void aNameThatIdentifiesAVictimOfASexualOffenceWarns(String words) {
		assertThat(rules(words)).contains(LegalRule.SEXUAL_OFFENCE_VICTIM);
	}

	@ParameterizedTest
	@ValueSource(strings = { "A man has been arrested on suspicion of rape in Colchester.",
			"Anyone affected by sexual assault can call the Oasis Centre on 01234 567890.",
			"The victim, Sarah Jones, was robbed of her phone.",
			"Detective Inspector Mark Hill said the victim was being supported by specialist officers after the sexual assault.",
			"A woman was raped in Harlow on Friday night. Detectives want to hear from witnesses." })
	void aSexualOffenceWithoutANamedVictimOrAVictimOfAnotherCrimeDoesNotWarnAboutAnonymity(String words) {
		assertThat(rules(words)).doesNotContain(LegalRule.SEXUAL_OFFENCE_VICTIM);
	}

	@Test
	void aChargedSuspectIsNotMistakenForTheVictim() {
		assertThat(rules("John Smith, 34, of Harlow, has been charged with the rape of a woman in Colchester."))
			.containsExactly(LegalRule.CONTEMPT);
	}

	@Test
	void anOrdinaryAppealWarnsAboutNothing() {
		assertThat(LegalRisks.check("Witness appeal after Chelmsford collision",
				"A cyclist was seriously hurt on Sunday evening.",
				"Officers want to hear from anyone who saw the collision on the A12.\n\nCall 101 quoting 42/1234/26.",
				false))
			.isEmpty();
	}

	@Test
	void eachWarningSaysWhichWordsSetItOffAndComesInTheOrderOfTheRules() {
		List<LegalRisks.LegalWarning> warnings = LegalRisks.check("Jane Smith, 15, missing", "A man has been charged.",
				"", false);
		assertThat(warnings).extracting(LegalRisks.LegalWarning::rule)
			.containsExactly(LegalRule.CONTEMPT, LegalRule.CHILD);
		assertThat(warnings.get(0).evidence()).isEqualTo("has been charged");
		assertThat(warnings.get(1).evidence()).contains("Jane Smith, 15,");
	}

	private static List<LegalRule> rules(String body) {
		return LegalRisks.check("Title", "Summary", body, false).stream().map(LegalRisks.LegalWarning::rule).toList();
	}

}
