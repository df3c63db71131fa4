package uk.policenewsroom.releases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;

import uk.policenewsroom.releases.WorkflowException.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every transition of the workflow, who may take it, and what it leaves behind, on the
 * aggregate alone.
 */
class ReleaseTests {

	private static final Instant NOON = Instant.parse("2022-03-18T11:50:00Z");

	private static final Actor WRITER = Actor.writer(1);

	private static final Actor EDITOR = Actor.editor(2);

	private static final Actor OTHER_EDITOR = Actor.editor(3);

	private static final Actor THIRD_EDITOR = Actor.editor(4);

	private static final LegalReview NO_RISKS = LegalReview.none();

	private final Clock clock = Clock.fixed(NOON, ZoneOffset.UTC);

	private final Category news = category();

	@Test
	void aNewReleaseIsADraftAndNotPublic() {
		Release release = draft();
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.DRAFT);
		assertThat(release.isPubliclyListedAt(NOON.plusSeconds(3600))).isFalse();
		assertThat(release.allows(ReleaseAction.DELETE, WRITER)).isTrue();
		assertThat(release.getRevision()).isEqualTo(1);
		assertThat(release.getContributors()).containsExactly(WRITER.id());
	}

	@Test
	void submittedThenPublishedByAnotherEditor() {
		Release release = draft();
		release.submit(WRITER, this.clock);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.SUBMITTED);
		release.publish(EDITOR, NO_RISKS, later(5));
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.PUBLISHED);
		assertThat(release.getPublishedAt()).isEqualTo(NOON.plusSeconds(300));
		assertThat(release.isPubliclyListedAt(NOON.plusSeconds(300))).isTrue();
		assertThat(release.isPubliclyListedAt(NOON)).isFalse();
		assertThat(release.isAwaitingApproval()).isFalse();
		assertThat(release.allows(ReleaseAction.DELETE, EDITOR)).isFalse();
		assertThat(release.getContributors()).isEmpty();
	}

	@Test
	void anEditorCannotPublishOrScheduleTheirOwnSubmission() {
		Release release = draft();
		release.submit(EDITOR, this.clock);
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.publish(EDITOR, NO_RISKS, this.clock))
			.withMessageContaining("another editor must review it")
			.extracting(WorkflowException::refusal)
			.isEqualTo(Refusal.NOT_YOURS);
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.schedule(EDITOR, NOON.plusSeconds(3600), NO_RISKS, this.clock));
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.SUBMITTED);
		assertThat(release.allowedActions(EDITOR)).doesNotContain(ReleaseAction.PUBLISH, ReleaseAction.SCHEDULE)
			.contains(ReleaseAction.REJECT, ReleaseAction.PUBLISH_WITHOUT_REVIEW);
		assertThat(release.allowedActions(OTHER_EDITOR)).contains(ReleaseAction.PUBLISH, ReleaseAction.SCHEDULE);
	}

	@Test
	void anEditorWhoWroteTheReleaseCannotScheduleItAfterAWriterSubmitsIt() {
		Release release = Release.draft("title", content("Title"), EDITOR.id(), this.clock);
		release.submit(WRITER, this.clock);
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.schedule(EDITOR, NOON.plusSeconds(3600), NO_RISKS, this.clock))
			.withMessageContaining("You wrote, edited or submitted this release");
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.publish(EDITOR, NO_RISKS, this.clock));
		release.schedule(OTHER_EDITOR, NOON.plusSeconds(3600), NO_RISKS, this.clock);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.SCHEDULED);
	}

	@Test
	void anEditorWhoEditedSomebodyElsesSubmissionCannotThenPublishOrScheduleIt() {
		Release release = draft();
		release.submit(WRITER, this.clock);
		release.revise(EDITOR, content("Edited by the editor"), this.clock);
		assertThat(release.getContributors()).contains(EDITOR.id());
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.schedule(EDITOR, NOON.plusSeconds(3600), NO_RISKS, this.clock));
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.publish(EDITOR, NO_RISKS, this.clock));
		release.publish(OTHER_EDITOR, NO_RISKS, this.clock);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.PUBLISHED);
	}

	@Test
	void anEditorWhoChangedTheImageCannotThenPublish() {
		Release release = draft();
		release.submit(WRITER, this.clock);
		release.showImage(EDITOR, new LeadImage(9, "A car", null, null), this.clock);
		assertThat(release.allows(ReleaseAction.PUBLISH, EDITOR)).isFalse();
		assertThat(release.allows(ReleaseAction.PUBLISH, OTHER_EDITOR)).isTrue();
	}

	@Test
	void contributorsAreForgottenAtPublicationSoTheNextReviewStartsAfresh() {
		Release release = draft();
		release.submit(WRITER, this.clock);
		release.publish(EDITOR, NO_RISKS, this.clock);
		assertThat(release.getContributors()).isEmpty();
		assertThat(release.isContributor(WRITER.id())).isFalse();
	}

	@Test
	void writersMayNotTakeAnEditorsDecision() {
		Release release = draft();
		release.submit(WRITER, this.clock);
		Actor otherWriter = Actor.writer(9);
		assertThat(release.allowedActions(otherWriter)).doesNotContain(ReleaseAction.PUBLISH, ReleaseAction.SCHEDULE,
				ReleaseAction.REJECT, ReleaseAction.PUBLISH_WITHOUT_REVIEW);
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.publish(otherWriter, NO_RISKS, this.clock))
			.extracting(WorkflowException::refusal)
			.isEqualTo(Refusal.NOT_YOURS);
	}

	@Test
	void publishingWithoutReviewNeedsAReasonAndAwaitsApprovalByAnEditorWithNoHandInIt() {
		Release release = draft();
		release.submit(EDITOR, this.clock);
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.publishWithoutReview(EDITOR, " ", NO_RISKS, this.clock))
			.extracting(WorkflowException::refusal)
			.isEqualTo(Refusal.INCOMPLETE);
		release.publishWithoutReview(EDITOR, "Missing child: cannot wait", NO_RISKS, this.clock);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.PUBLISHED);
		assertThat(release.isAwaitingApproval()).isTrue();
		assertThat(release.getUnreviewedReason()).isEqualTo("Missing child: cannot wait");
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.approve(EDITOR, NO_RISKS, this.clock));
		assertThatExceptionOfType(WorkflowException.class).as("the writer of the release had a hand in it")
			.isThrownBy(() -> release.approve(Actor.editor(WRITER.id()), NO_RISKS, this.clock));
		release.correct(OTHER_EDITOR, content("Corrected while unreviewed"), "Fixed a name", false, this.clock);
		assertThatExceptionOfType(WorkflowException.class).as("who corrected it had a hand in it")
			.isThrownBy(() -> release.approve(OTHER_EDITOR, NO_RISKS, this.clock));
		release.approve(THIRD_EDITOR, NO_RISKS, this.clock);
		assertThat(release.isAwaitingApproval()).isFalse();
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.approve(THIRD_EDITOR, NO_RISKS, this.clock));
	}

	@Test
	void aRejectedReleaseGoesBackToTheWriterAndKeepsTheCommentUntilResubmitted() {
		Release release = draft();
		release.submit(WRITER, this.clock);
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> release.reject(EDITOR, "", this.clock));
		release.reject(EDITOR, "Check the arrest figures", this.clock);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.REJECTED);
		assertThat(release.getRejectionComment()).isEqualTo("Check the arrest figures");
		assertThat(release.getRejectedBy()).isEqualTo(EDITOR.id());
		release.revise(WRITER, content("Fixed"), this.clock);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.DRAFT);
		assertThat(release.getRejectionComment()).isEqualTo("Check the arrest figures");
		release.submit(WRITER, this.clock);
		assertThat(release.getRejectionComment()).isNull();
	}

	@Test
	void scheduledReleasesGoOutAtTheirTimeAndOnlyOnce() {
		Release release = draft();
		release.submit(WRITER, this.clock);
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.schedule(EDITOR, NOON.minusSeconds(1), NO_RISKS, this.clock));
		Instant at = NOON.plus(Duration.ofHours(2));
		release.schedule(EDITOR, at, NO_RISKS, this.clock);
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
		release.schedule(EDITOR, NOON.plusSeconds(3600), NO_RISKS, this.clock);
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.revise(WRITER, content("x"), this.clock))
			.withMessageContaining("Unschedule");
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> release.unschedule(WRITER, this.clock));
		release.unschedule(OTHER_EDITOR, this.clock);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.SUBMITTED);
		assertThat(release.getScheduledAt()).isNull();
		assertThat(release.getStatusChanges()).last()
			.satisfies((change) -> assertThat(change.getActorId()).isEqualTo(OTHER_EDITOR.id()));
	}

	@Test
	void anUpdateNeedsANoteUnlessItIsMinor() {
		Release release = published();
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.correct(EDITOR, content("Fixed"), " ", false, later(60)));
		release.correct(EDITOR, content("Fixed"), "Corrected the number of arrests", false, later(60));
		assertThat(release.getTitle()).isEqualTo("Fixed");
		assertThat(release.getPublicUpdatedAt()).isEqualTo(NOON.plusSeconds(3600));
		assertThat(release.getChangeNotes()).extracting(ChangeNote::getNote)
			.containsExactly("Corrected the number of arrests");
		release.correct(EDITOR, content("Fixed typo"), null, true, later(120));
		assertThat(release.getPublicUpdatedAt()).isEqualTo(NOON.plusSeconds(3600));
		assertThat(release.getChangeNotes()).hasSize(1);
	}

	@Test
	void aWriterCanChangeNothingOfAPublishedReleaseNotEvenItsImage() {
		Release release = published();
		release.showImage(EDITOR, new LeadImage(7, "Officers at the scene", "Caption", null), this.clock);
		int revision = release.getRevision();
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.correct(WRITER, content("Writer's change"), "note", false, this.clock))
			.extracting(WorkflowException::refusal)
			.isEqualTo(Refusal.NOT_YOURS);
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.showImage(WRITER, new LeadImage(8, "Other", "Other caption", null), this.clock))
			.extracting(WorkflowException::refusal)
			.isEqualTo(Refusal.NOT_YOURS);
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> release.removeImage(WRITER, this.clock));
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.revise(WRITER, content("x"), this.clock));
		assertThat(release.getLeadImage().imageId()).isEqualTo(7);
		assertThat(release.getLeadImage().caption()).isEqualTo("Caption");
		assertThat(release.getRevision()).isEqualTo(revision);
		assertThat(release.allowedActions(WRITER)).doesNotContain(ReleaseAction.CORRECT, ReleaseAction.CHANGE_IMAGE,
				ReleaseAction.EDIT);
	}

	@Test
	void anEditorsImageChangeToAPublishedReleaseIsARecordedCorrection() {
		Release release = published();
		release.showImage(EDITOR, new LeadImage(7, "Officers at the scene", null, null), this.clock);
		assertThat(release.getStatusChanges()).last().satisfies((change) -> {
			assertThat(change.getAction()).isEqualTo(StatusChange.Step.CORRECTED);
			assertThat(change.getComment()).contains("Lead image changed");
		});
	}

	@Test
	void aDecisionOnAVersionThatIsNoLongerCurrentIsRefused() {
		Release release = draft();
		ReflectionTestUtils.setField(release, "id", 5L);
		ReflectionTestUtils.setField(release, "version", 4L);
		release.requireSeen(4L, 1);
		assertThatExceptionOfType(StaleVersion.class).isThrownBy(() -> release.requireSeen(3L, 1))
			.satisfies((stale) -> assertThat(stale.seenRevision()).isEqualTo(1));
		assertThatExceptionOfType(StaleVersion.class).isThrownBy(() -> release.requireSeen(null, null));
	}

	@Test
	void aWithdrawnReleaseKeepsItsPageAndCanBeRestored() {
		Release release = published();
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.withdraw(EDITOR, TakeDownReason.PERSON_FOUND_SAFE, "", this.clock));
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.withdraw(WRITER, TakeDownReason.PERSON_FOUND_SAFE, "Found", this.clock));
		release.withdraw(EDITOR, TakeDownReason.PERSON_FOUND_SAFE, "She has been found safe", later(60));
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.WITHDRAWN);
		assertThat(release.isPubliclyListedAt(NOON.plusSeconds(7200))).isFalse();
		assertThat(release.hasPublicPageAt(NOON.plusSeconds(7200))).isTrue();
		assertThat(release.getWithdrawalExplanation()).isEqualTo("She has been found safe");
		assertThat(release.getWithdrawnBy()).isEqualTo(EDITOR.id());
		assertThat(release.getWithdrawalReason()).isEqualTo(TakeDownReason.PERSON_FOUND_SAFE);
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.restore(OTHER_EDITOR, " ", this.clock));
		release.restore(OTHER_EDITOR, "Withdrawn by mistake", later(90));
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.PUBLISHED);
		assertThat(release.getWithdrawnAt()).isNull();
		assertThat(release.isPubliclyListedAt(NOON.plusSeconds(7200))).isTrue();
	}

	@Test
	void aRemovedReleaseHasNoPublicPageAndRestoringBringsBackWhatItWas() {
		Release release = published();
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.remove(WRITER, TakeDownReason.COURT_ORDER, "Court order", this.clock));
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.remove(EDITOR, TakeDownReason.COURT_ORDER, " ", this.clock));
		release.remove(EDITOR, TakeDownReason.COURT_ORDER, "Removed by order of the court", later(60));
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.REMOVED);
		assertThat(release.isRemoved()).isTrue();
		assertThat(release.hasPublicPageAt(NOON.plusSeconds(7200))).isFalse();
		assertThat(release.isPubliclyListedAt(NOON.plusSeconds(7200))).isFalse();
		assertThat(release.getRemovalNotice()).isEqualTo("Removed by order of the court");
		assertThat(release.getRemovedBy()).isEqualTo(EDITOR.id());
		assertThat(release.allowedActions(EDITOR)).containsExactly(ReleaseAction.RESTORE);
		release.restore(EDITOR, "The order was lifted", later(90));
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.PUBLISHED);
		assertThat(release.getRemovalNotice()).isNull();
	}

	@Test
	void aWithdrawnReleaseCanBeRemovedAndRestoringThatLeavesItWithdrawn() {
		Release release = published();
		release.withdraw(EDITOR, TakeDownReason.SUSPECT_CHARGED, "A man has been charged", this.clock);
		release.remove(EDITOR, TakeDownReason.SUSPECT_CHARGED, "Removed while the case is before the court",
				this.clock);
		assertThat(release.hasPublicPageAt(NOON.plusSeconds(60))).isFalse();
		release.restore(EDITOR, "Removed the wrong release", this.clock);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.WITHDRAWN);
		assertThat(release.getWithdrawalExplanation()).isEqualTo("A man has been charged");
	}

	@Test
	void everyTransitionWritesAStatusChangeRowWithWhoWhenWhyAndTheRevision() {
		Release release = draft();
		ReflectionTestUtils.setField(release, "id", 42L);
		release.submit(WRITER, this.clock);
		release.reject(EDITOR, "Add the road name", this.clock);
		release.revise(WRITER, content("With the road name"), this.clock);
		release.submit(WRITER, this.clock);
		release.schedule(EDITOR, NOON.plusSeconds(600), NO_RISKS, this.clock);
		release.unschedule(EDITOR, this.clock);
		release.publish(EDITOR, NO_RISKS, this.clock);
		release.correct(EDITOR, content("Corrected"), "Fixed the time", false, this.clock);
		release.withdraw(EDITOR, TakeDownReason.OTHER, "No longer needed", this.clock);
		release.restore(EDITOR, "Needed after all", this.clock);
		release.remove(EDITOR, TakeDownReason.IDENTIFIED_IN_ERROR, "Identified someone in error", this.clock);
		release.restore(OTHER_EDITOR, "Checked: it was right", this.clock);
		assertThat(release.getStatusChanges()).extracting(StatusChange::getAction)
			.containsExactly(StatusChange.Step.SUBMITTED, StatusChange.Step.REJECTED, StatusChange.Step.BACK_TO_DRAFT,
					StatusChange.Step.SUBMITTED, StatusChange.Step.SCHEDULED, StatusChange.Step.UNSCHEDULED,
					StatusChange.Step.PUBLISHED, StatusChange.Step.CORRECTED, StatusChange.Step.WITHDRAWN,
					StatusChange.Step.RESTORED, StatusChange.Step.REMOVED, StatusChange.Step.RESTORED);
		assertThat(release.getStatusChanges()).extracting(StatusChange::getTo)
			.containsExactly(ReleaseStatus.SUBMITTED, ReleaseStatus.REJECTED, ReleaseStatus.DRAFT,
					ReleaseStatus.SUBMITTED, ReleaseStatus.SCHEDULED, ReleaseStatus.SUBMITTED, ReleaseStatus.PUBLISHED,
					ReleaseStatus.PUBLISHED, ReleaseStatus.WITHDRAWN, ReleaseStatus.PUBLISHED, ReleaseStatus.REMOVED,
					ReleaseStatus.PUBLISHED);
		StatusChange rejection = release.getStatusChanges().get(1);
		assertThat(rejection.getActorId()).isEqualTo(EDITOR.id());
		assertThat(rejection.getComment()).isEqualTo("Add the road name");
		assertThat(rejection.getFrom()).isEqualTo(ReleaseStatus.SUBMITTED);
		assertThat(rejection.getRevision()).isEqualTo(1);
		assertThat(rejection.getAt()).isEqualTo(NOON);
		assertThat(release.getStatusChanges().get(3).getRevision()).isEqualTo(2);
		List<ReleaseStatusChanged> events = release.takeEvents();
		assertThat(events).hasSize(12);
		assertThat(events.get(1)).isEqualTo(new ReleaseStatusChanged(42L, "title", ReleaseStatus.SUBMITTED,
				ReleaseStatus.REJECTED, EDITOR.id(), "Add the road name", NOON));
		assertThat(release.takeEvents()).isEmpty();
	}

	@Test
	void publishingOnScheduleIsRecordedAsTheSystemsStep() {
		Release release = draft();
		release.submit(WRITER, this.clock);
		release.schedule(EDITOR, NOON.plusSeconds(60), NO_RISKS, this.clock);
		release.publishIfDue(later(2));
		assertThat(release.getStatusChanges()).last().satisfies((change) -> {
			assertThat(change.getAction()).isEqualTo(StatusChange.Step.PUBLISHED_ON_SCHEDULE);
			assertThat(change.getActorId()).isNull();
		});
	}

	@Test
	void deletingAnnouncesItselfAndIsOnlyForDraftsAndRejectedReleases() {
		Release release = draft();
		ReflectionTestUtils.setField(release, "id", 7L);
		release.delete(WRITER, this.clock);
		assertThat(release.takeEvents()).singleElement().satisfies((event) -> assertThat(event.deleted()).isTrue());
		Release live = published();
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> live.delete(EDITOR, this.clock))
			.withMessage("Only a draft or a rejected release can be deleted");
	}

	@Test
	void everyLegalWarningMustBeAcknowledgedBeforePublishingAndEachAcknowledgementIsKept() {
		Release release = Release.draft("charged", new Release.Content("Man charged",
				"A man has been charged with burglary.", "Jane Smith, 15, was a witness.", this.news, Set.of(), null),
				WRITER.id(), this.clock);
		release.submit(WRITER, this.clock);
		assertThat(release.legalWarnings(false)).extracting(LegalRisks.LegalWarning::rule)
			.containsExactly(LegalRule.CONTEMPT, LegalRule.CHILD);
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> release.publish(EDITOR, new LegalReview(false, Set.of(LegalRule.CONTEMPT)), this.clock))
			.withMessageContaining("A child may be identified")
			.extracting(WorkflowException::refusal)
			.isEqualTo(Refusal.INCOMPLETE);
		assertThat(release.getStatus()).isEqualTo(ReleaseStatus.SUBMITTED);
		assertThat(release.getAcknowledgements()).isEmpty();
		release.publish(EDITOR, new LegalReview(false, EnumSet.of(LegalRule.CONTEMPT, LegalRule.CHILD)), later(1));
		assertThat(release.getAcknowledgements()).extracting(LegalAcknowledgement::getRule)
			.containsExactly(LegalRule.CONTEMPT, LegalRule.CHILD);
		assertThat(release.getAcknowledgements()).allSatisfy((ack) -> {
			assertThat(ack.getActorId()).isEqualTo(EDITOR.id());
			assertThat(ack.getAction()).isEqualTo(ReleaseAction.PUBLISH);
			assertThat(ack.getRevision()).isEqualTo(1);
			assertThat(ack.getAt()).isEqualTo(NOON.plusSeconds(60));
		});
	}

	@Test
	void aReleaseLinkedToAChargeWarnsAboutContemptWhateverItsWords() {
		Release release = draft();
		release.submit(WRITER, this.clock);
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(
				() -> release.schedule(EDITOR, NOON.plusSeconds(600), new LegalReview(true, Set.of()), this.clock));
		release.schedule(EDITOR, NOON.plusSeconds(600), new LegalReview(true, Set.of(LegalRule.CONTEMPT)), this.clock);
		assertThat(release.getAcknowledgements()).singleElement()
			.satisfies((ack) -> assertThat(ack.getAction()).isEqualTo(ReleaseAction.SCHEDULE));
	}

	@Test
	void theSlugMovesFreelyBeforePublicationAndLeavesARedirectAfter() {
		Release release = draft();
		release.changeSlug("better-address");
		assertThat(release.getSlug()).isEqualTo("better-address");
		assertThat(oldSlugs(release)).isEmpty();
		release.submit(WRITER, this.clock);
		release.publish(EDITOR, NO_RISKS, this.clock);
		release.changeSlug("final-address");
		assertThat(oldSlugs(release)).containsExactly("better-address");
	}

	/** Which actions an editor with no hand in the release may take, in each status. */
	private static final Map<ReleaseStatus, Set<ReleaseAction>> EDITOR_MAY = Map.of(ReleaseStatus.DRAFT,
			EnumSet.of(ReleaseAction.EDIT, ReleaseAction.CHANGE_IMAGE, ReleaseAction.SUBMIT,
					ReleaseAction.PUBLISH_WITHOUT_REVIEW, ReleaseAction.DELETE, ReleaseAction.SHARE_PREVIEW),
			ReleaseStatus.SUBMITTED,
			EnumSet.of(ReleaseAction.EDIT, ReleaseAction.CHANGE_IMAGE, ReleaseAction.REJECT, ReleaseAction.PUBLISH,
					ReleaseAction.SCHEDULE, ReleaseAction.PUBLISH_WITHOUT_REVIEW, ReleaseAction.SHARE_PREVIEW),
			ReleaseStatus.REJECTED,
			EnumSet.of(ReleaseAction.EDIT, ReleaseAction.CHANGE_IMAGE, ReleaseAction.SUBMIT,
					ReleaseAction.PUBLISH_WITHOUT_REVIEW, ReleaseAction.DELETE, ReleaseAction.SHARE_PREVIEW),
			ReleaseStatus.SCHEDULED, EnumSet.of(ReleaseAction.UNSCHEDULE, ReleaseAction.SHARE_PREVIEW),
			ReleaseStatus.PUBLISHED,
			EnumSet.of(ReleaseAction.CORRECT, ReleaseAction.CHANGE_IMAGE, ReleaseAction.WITHDRAW, ReleaseAction.REMOVE),
			ReleaseStatus.WITHDRAWN, EnumSet.of(ReleaseAction.REMOVE, ReleaseAction.RESTORE), ReleaseStatus.REMOVED,
			EnumSet.of(ReleaseAction.RESTORE));

	/** Which actions a writer with no hand in the release may take, in each status. */
	private static final Map<ReleaseStatus, Set<ReleaseAction>> WRITER_MAY = Map.of(ReleaseStatus.DRAFT,
			EnumSet.of(ReleaseAction.EDIT, ReleaseAction.CHANGE_IMAGE, ReleaseAction.SUBMIT, ReleaseAction.DELETE,
					ReleaseAction.SHARE_PREVIEW),
			ReleaseStatus.SUBMITTED,
			EnumSet.of(ReleaseAction.EDIT, ReleaseAction.CHANGE_IMAGE, ReleaseAction.SHARE_PREVIEW),
			ReleaseStatus.REJECTED,
			EnumSet.of(ReleaseAction.EDIT, ReleaseAction.CHANGE_IMAGE, ReleaseAction.SUBMIT, ReleaseAction.DELETE,
					ReleaseAction.SHARE_PREVIEW),
			ReleaseStatus.SCHEDULED, EnumSet.of(ReleaseAction.SHARE_PREVIEW), ReleaseStatus.PUBLISHED,
			EnumSet.noneOf(ReleaseAction.class), ReleaseStatus.WITHDRAWN, EnumSet.noneOf(ReleaseAction.class),
			ReleaseStatus.REMOVED, EnumSet.noneOf(ReleaseAction.class));

	@ParameterizedTest
	@EnumSource(ReleaseStatus.class)
	void eachRoleMayDoExactlyWhatTheWorkflowAllowsInEachStatus(ReleaseStatus status) {
		Actor freshEditor = Actor.editor(99);
		Actor freshWriter = Actor.writer(98);
		assertThat(inStatus(status).allowedActions(freshEditor)).as("editor, %s", status)
			.isEqualTo(EDITOR_MAY.get(status));
		assertThat(inStatus(status).allowedActions(freshWriter)).as("writer, %s", status)
			.isEqualTo(WRITER_MAY.get(status));
	}

	@ParameterizedTest
	@EnumSource(ReleaseStatus.class)
	void illegalTransitionsAreRefusedAndChangeNothing(ReleaseStatus status) {
		Actor fresh = Actor.editor(99);
		assertRefusedUnless(status, Set.of(ReleaseStatus.DRAFT, ReleaseStatus.REJECTED),
				(r) -> r.submit(fresh, this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.SUBMITTED), (r) -> r.reject(fresh, "No", this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.SUBMITTED), (r) -> r.publish(fresh, NO_RISKS, this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.SUBMITTED),
				(r) -> r.schedule(fresh, NOON.plusSeconds(600), NO_RISKS, this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.SCHEDULED), (r) -> r.unschedule(fresh, this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.DRAFT, ReleaseStatus.SUBMITTED, ReleaseStatus.REJECTED),
				(r) -> r.publishWithoutReview(fresh, "Urgent", NO_RISKS, this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.PUBLISHED),
				(r) -> r.correct(fresh, content("x"), "note", false, this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.PUBLISHED),
				(r) -> r.withdraw(fresh, TakeDownReason.OTHER, "Why", this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.PUBLISHED, ReleaseStatus.WITHDRAWN),
				(r) -> r.remove(fresh, TakeDownReason.COURT_ORDER, "Court order", this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.WITHDRAWN, ReleaseStatus.REMOVED),
				(r) -> r.restore(fresh, "Why", this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.DRAFT, ReleaseStatus.SUBMITTED, ReleaseStatus.REJECTED),
				(r) -> r.revise(fresh, content("x"), this.clock));
		assertRefusedUnless(status, Set.of(ReleaseStatus.DRAFT, ReleaseStatus.REJECTED),
				(r) -> r.delete(fresh, this.clock));
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
			int rows = release.getStatusChanges().size();
			assertThatExceptionOfType(WorkflowException.class).as("from %s", status)
				.isThrownBy(() -> action.accept(release));
			assertThat(release.getStatus()).isEqualTo(status);
			assertThat(release.getStatusChanges()).hasSize(rows);
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
				release.schedule(EDITOR, NOON.plusSeconds(60), NO_RISKS, this.clock);
			}
			case PUBLISHED -> {
				release.submit(WRITER, this.clock);
				release.publish(EDITOR, NO_RISKS, this.clock);
			}
			case WITHDRAWN -> {
				release.submit(WRITER, this.clock);
				release.publish(EDITOR, NO_RISKS, this.clock);
				release.withdraw(EDITOR, TakeDownReason.OTHER, "Why", this.clock);
			}
			case REMOVED -> {
				release.submit(WRITER, this.clock);
				release.publish(EDITOR, NO_RISKS, this.clock);
				release.remove(EDITOR, TakeDownReason.COURT_ORDER, "Court order", this.clock);
			}
		}
		assertThat(release.getStatus()).isEqualTo(status);
		return release;
	}

	private Release draft() {
		return Release.draft("title", content("Title"), WRITER.id(), this.clock);
	}

	private Release published() {
		Release release = draft();
		release.submit(WRITER, this.clock);
		release.publish(EDITOR, NO_RISKS, this.clock);
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
