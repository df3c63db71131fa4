package uk.policenewsroom.releases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every transition of the workflow, allowed and refused, on the aggregate alone.
 */
class ReleaseTests {

	private static final Instant NOON = Instant.parse("2022-03-18T11:50:00Z");

	private static final long WRITER = 1;

	private static final long EDITOR = 2;

	private static final long OTHER_EDITOR = 3;

	private final Clock clock = Clock.fixed(NOON, ZoneOffset.UTC);

	private final Category news = category();

	@Test
	void aNewReleaseIsADraftAndNotPublic() {
		Release release = draft();
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.DRAFT);
		assertThat(release.isPublishedAt(NOON.plusSeconds(3600))).isFalse();
		assertThat(release.isDeletable()).isTrue();
	}

	@Test
	void submittedThenPublishedByAnotherEditor() {
		Release release = draft();
		release.submit(WRITER, this.clock);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.SUBMITTED);
		release.publish(EDITOR, later(5));
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.PUBLISHED);
		assertThat(release.getPublishedAt()).isEqualTo(NOON.plusSeconds(300));
		assertThat(release.isPublishedAt(NOON.plusSeconds(300))).isTrue();
		assertThat(release.isPublishedAt(NOON)).isFalse();
		assertThat(release.isFlagged()).isFalse();
		assertThat(release.isDeletable()).isFalse();
	}

	@Test
	void anEditorCannotPublishTheirOwnSubmission() {
		Release release = draft();
		release.submit(EDITOR, this.clock);
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> release.publish(EDITOR, this.clock))
			.withMessageContaining("another editor must review it");
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.schedule(EDITOR, NOON.plusSeconds(3600), this.clock));
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.SUBMITTED);
	}

	@Test
	void publishingWithoutReviewNeedsAReasonAndFlagsTheReleaseUntilAnotherEditorApproves() {
		Release release = draft();
		release.submit(EDITOR, this.clock);
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.publishWithoutReview(EDITOR, " ", this.clock));
		release.publishWithoutReview(EDITOR, "Missing child: cannot wait", this.clock);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.PUBLISHED);
		assertThat(release.isFlagged()).isTrue();
		assertThat(release.getUnreviewedReason()).isEqualTo("Missing child: cannot wait");
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> release.approve(EDITOR, this.clock));
		release.approve(OTHER_EDITOR, this.clock);
		assertThat(release.isFlagged()).isFalse();
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> release.approve(OTHER_EDITOR, this.clock));
	}

	@Test
	void aRejectedReleaseGoesBackToTheWriterWithTheComment() {
		Release release = draft();
		release.submit(WRITER, this.clock);
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> release.reject(EDITOR, "", this.clock));
		release.reject(EDITOR, "Check the arrest figures", this.clock);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.REJECTED);
		assertThat(release.getRejectionComment()).isEqualTo("Check the arrest figures");
		release.revise(content("Fixed"), this.clock);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.DRAFT);
		release.submit(WRITER, this.clock);
		assertThat(release.getRejectionComment()).isNull();
	}

	@Test
	void scheduledReleasesGoOutAtTheirTimeAndOnlyOnce() {
		Release release = draft();
		release.submit(WRITER, this.clock);
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.schedule(EDITOR, NOON.minusSeconds(1), this.clock));
		Instant at = NOON.plus(Duration.ofHours(2));
		release.schedule(EDITOR, at, this.clock);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.SCHEDULED);
		assertThat(release.publishIfDue(later(60))).isFalse();
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.SCHEDULED);
		assertThat(release.publishIfDue(later(180))).isTrue();
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.PUBLISHED);
		assertThat(release.getPublishedAt()).isEqualTo(at);
		assertThat(release.publishIfDue(later(181))).isFalse();
		assertThat(release.getPublishedAt()).isEqualTo(at);
	}

	@Test
	void unschedulingReturnsTheReleaseToReviewAndAScheduledReleaseCannotBeEdited() {
		Release release = draft();
		release.submit(WRITER, this.clock);
		release.schedule(EDITOR, NOON.plusSeconds(3600), this.clock);
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> release.revise(content("x"), this.clock));
		release.unschedule(EDITOR, this.clock);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.SUBMITTED);
		assertThat(release.getScheduledAt()).isNull();
	}

	@Test
	void anUpdateNeedsANoteUnlessItIsMinor() {
		Release release = published();
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.correct(content("Fixed"), " ", false, later(60)));
		release.correct(content("Fixed"), "Corrected the number of arrests", false, later(60));
		assertThat(release.getTitle()).isEqualTo("Fixed");
		assertThat(release.getPublicUpdatedAt()).isEqualTo(NOON.plusSeconds(3600));
		assertThat(release.getChangeNotes()).extracting(ChangeNote::getNote)
			.containsExactly("Corrected the number of arrests");
		release.correct(content("Fixed typo"), null, true, later(120));
		assertThat(release.getPublicUpdatedAt()).isEqualTo(NOON.plusSeconds(3600));
		assertThat(release.getChangeNotes()).hasSize(1);
	}

	@Test
	void aWithdrawnReleaseKeepsItsPageWithAnExplanation() {
		Release release = published();
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> release.withdraw(EDITOR, "", this.clock));
		release.withdraw(EDITOR, "Published in error", later(60));
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.WITHDRAWN);
		assertThat(release.isPublishedAt(NOON.plusSeconds(7200))).isFalse();
		assertThat(release.hasPublicPageAt(NOON.plusSeconds(7200))).isTrue();
		assertThat(release.getWithdrawalExplanation()).isEqualTo("Published in error");
	}

	@Test
	void theSlugMovesFreelyBeforePublicationAndLeavesARedirectAfter() {
		Release release = draft();
		release.changeSlug("better-address");
		assertThat(release.getSlug()).isEqualTo("better-address");
		assertThat(oldSlugs(release)).isEmpty();
		release.submit(WRITER, this.clock);
		release.publish(EDITOR, this.clock);
		release.changeSlug("final-address");
		assertThat(oldSlugs(release)).containsExactly("better-address");
	}

	@Test
	void previewLinksAreForUnpublishedReleasesAndDieAtPublication() {
		Release release = draft();
		String token = release.sharePreview();
		assertThat(token).hasSizeGreaterThanOrEqualTo(32);
		assertThat(release.sharePreview()).isEqualTo(token);
		release.submit(WRITER, this.clock);
		release.publish(EDITOR, this.clock);
		assertThat(release.getPreviewToken()).isNull();
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(release::sharePreview);
	}

	@ParameterizedTest
	@EnumSource(ReleaseStatus.class)
	void illegalTransitionsAreRefused(ReleaseStatus status) {
		Release release = inStatus(status);
		assertRefusedUnless(status, Set.of(ReleaseStatus.DRAFT, ReleaseStatus.REJECTED),
				(r) -> r.submit(WRITER, this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.SUBMITTED), (r) -> r.reject(EDITOR, "No", this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.SUBMITTED), (r) -> r.publish(EDITOR, this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.SUBMITTED),
				(r) -> r.schedule(EDITOR, NOON.plusSeconds(600), this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.SCHEDULED), (r) -> r.unschedule(EDITOR, this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.DRAFT, ReleaseStatus.SUBMITTED, ReleaseStatus.REJECTED),
				(r) -> r.publishWithoutReview(EDITOR, "Urgent", this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.PUBLISHED),
				(r) -> r.correct(content("x"), "note", false, this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.PUBLISHED), (r) -> r.withdraw(EDITOR, "Why", this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.DRAFT, ReleaseStatus.SUBMITTED, ReleaseStatus.REJECTED),
				(r) -> r.revise(content("x"), this.clock));
		assertThat(release.isDeletable()).isEqualTo(status == ReleaseStatus.DRAFT || status == ReleaseStatus.REJECTED);
	}

	@Test
	void contentNeedsATitleAndAShortSummary() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Release.Content(" ", "Summary", "", this.news, Set.of(), null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Release.Content("Title", "x".repeat(301), "", this.news, Set.of(), null));
		assertThat(new Release.Content("Title", "x".repeat(300), "", this.news, Set.of(), null).summary()).hasSize(300);
	}

	private void assertRefusedUnless(ReleaseStatus status, Set<ReleaseStatus> allowed, Consumer<Release> action) {
		Release release = inStatus(status);
		if (allowed.contains(status)) {
			action.accept(release);
		}
		else {
			assertThatExceptionOfType(WorkflowException.class).as("from %s", status)
				.isThrownBy(() -> action.accept(release));
			assertThat(release.getStatus()).isEqualTo(status);
		}
	}

	private Release inStatus(ReleaseStatus status) {
		Release release = draft();
		switch (status) {
			case DRAFT -> {
			}
			case SUBMITTED -> release.submit(WRITER, this.clock);
			case REJECTED -> {
				release.submit(WRITER, this.clock);
				release.reject(EDITOR, "No", this.clock);
			}
			case SCHEDULED -> {
				release.submit(WRITER, this.clock);
				release.schedule(EDITOR, NOON.plusSeconds(60), this.clock);
			}
			case PUBLISHED -> {
				release.submit(WRITER, this.clock);
				release.publish(EDITOR, this.clock);
			}
			case WITHDRAWN -> {
				release.submit(WRITER, this.clock);
				release.publish(EDITOR, this.clock);
				release.withdraw(EDITOR, "Why", this.clock);
			}
		}
		assertThat(release.getStatus()).isEqualTo(status);
		return release;
	}

	private Release draft() {
		return Release.draft("title", content("Title"), WRITER, this.clock);
	}

	private Release published() {
		Release release = draft();
		release.submit(WRITER, this.clock);
		release.publish(EDITOR, this.clock);
		return release;
	}

	private Clock later(long minutes) {
		return Clock.offset(this.clock, Duration.ofMinutes(minutes));
	}

	private Release.Content content(String title) {
		return new Release.Content(title, "Summary", "Body", this.news, Set.of(), null);
	}

	@SuppressWarnings("unchecked")
	private static Set<String> oldSlugs(Release release) {
		return (Set<String>) ReflectionTestUtils.getField(release, "oldSlugs");
	}

	private static Category category() {
		Category category = BeanUtils.instantiateClass(Category.class);
		ReflectionTestUtils.setField(category, "slug", "news");
		ReflectionTestUtils.setField(category, "name", "News");
		return category;
	}

}
