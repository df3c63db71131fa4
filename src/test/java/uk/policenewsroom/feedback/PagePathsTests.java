package uk.policenewsroom.feedback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagePathsTests {

	@Test
	void keepsOnlyThePath() {
		assertThat(PagePaths.clean("/news/county-lines-week?page=2#top")).isEqualTo("/news/county-lines-week");
		assertThat(PagePaths.clean("/news")).isEqualTo("/news");
	}

	@Test
	void stripsEmailAddresses() {
		assertThat(PagePaths.clean("/news/jane.doe@example.com/x")).isEqualTo("/news//x");
		assertThat(PagePaths.clean("/search/jane%40example.com")).isEqualTo("/search/");
	}

	@Test
	void refusesAnythingThatIsNotAPathOnThisSite() {
		assertThat(PagePaths.clean("https://evil.example/news")).isNull();
		assertThat(PagePaths.clean("//evil.example/news")).isNull();
		assertThat(PagePaths.clean("javascript:alert(1)")).isNull();
		assertThat(PagePaths.clean("/bad%zz")).isNull();
		assertThat(PagePaths.clean(" ")).isNull();
		assertThat(PagePaths.clean(null)).isNull();
	}

	@Test
	void dropsMarkupAndLimitsTheLength() {
		assertThat(PagePaths.clean("/news/<script>\"x\"")).isEqualTo("/news/scriptx");
		assertThat(PagePaths.clean("/" + "a".repeat(500))).hasSize(PagePaths.MAX);
	}

}
