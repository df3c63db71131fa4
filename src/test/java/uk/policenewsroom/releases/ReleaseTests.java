package uk.policenewsroom.releases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ReleaseTests {

	private static final Instant NOON = Instant.parse("2022-03-18T11:50:00Z");

	private final Clock clock = Clock.fixed(NOON, ZoneOffset.UTC);

	private final Category news = category();

	@Test
	void aNewReleaseIsADraftAndNotPublic() {
		Release release = Release.draft("title", content("Title"), this.clock);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.DRAFT);
		assertThat(release.isPublishedAt(NOON.plusSeconds(3600))).isFalse();
	}

	@Test
	void publishingRecordsTheTime() {
		Release release = Release.draft("title", content("Title"), this.clock);
		release.publish(this.clock);
		assertThat(release.getPublishedAt()).isEqualTo(NOON);
		assertThat(release.isPublishedAt(NOON)).isTrue();
		assertThat(release.isPublishedAt(NOON.minusSeconds(1))).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> release.publish(this.clock));
	}

	@Test
	void aCorrectionShowsWhenItWasUpdated() {
		Release release = Release.draft("title", content("Title"), this.clock);
		assertThatIllegalStateException().isThrownBy(() -> release.correct(content("Fixed"), this.clock));
		release.publish(this.clock);
		release.correct(content("Fixed"), Clock.offset(this.clock, java.time.Duration.ofHours(1)));
		assertThat(release.getTitle()).isEqualTo("Fixed");
		assertThat(release.getPublicUpdatedAt()).isEqualTo(NOON.plusSeconds(3600));
		assertThat(release.getPublishedAt()).isEqualTo(NOON);
		assertThatIllegalStateException().isThrownBy(() -> release.revise(content("Again"), this.clock));
	}

	@Test
	void contentNeedsATitleAndAShortSummary() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Release.Content(" ", "Summary", "", this.news, Set.of(), null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Release.Content("Title", "x".repeat(301), "", this.news, Set.of(), null));
		assertThat(new Release.Content("Title", "x".repeat(300), "", this.news, Set.of(), null).summary()).hasSize(300);
	}

	private Release.Content content(String title) {
		return new Release.Content(title, "Summary", "Body", this.news, Set.of(), null);
	}

	private static Category category() {
		Category category = org.springframework.beans.BeanUtils.instantiateClass(Category.class);
		ReflectionTestUtils.setField(category, "slug", "news");
		ReflectionTestUtils.setField(category, "name", "News");
		return category;
	}

}
