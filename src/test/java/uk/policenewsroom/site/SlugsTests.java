package uk.policenewsroom.site;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void makesReadableSlugs() {
		assertThat(Slugs.from("County Lines week: 49 arrests & £96,509 seized"))
			.isEqualTo("county-lines-week-49-arrests-and-96-509-seized");
		assertThat(Slugs.from("Appeal for witnesses – Café crash, Leigh-on-Sea"))
			.isEqualTo("appeal-for-witnesses-cafe-crash-leigh-on-sea");
		assertThat(Slugs.from("!!!")).isEqualTo("untitled");
		assertThat(Slugs.from("a".repeat(150))).hasSize(100);
	}

	@Test
	void addsANumberUntilTheSlugIsFree() {
		Set<String> taken = Set.of("arrest-in-harlow", "arrest-in-harlow-2");
		assertThat(Slugs.unique("Arrest in Harlow", taken::contains)).isEqualTo("arrest-in-harlow-3");
	}

	@Test
	void validatesSlugs() {
		assertThat(Slugs.isValid("county-lines-week")).isTrue();
		assertThat(Slugs.isValid("County")).isFalse();
		assertThat(Slugs.isValid("a--b")).isFalse();
		assertThat(Slugs.isValid("../etc")).isFalse();
		assertThat(Slugs.isValid(null)).isFalse();
	}

}
