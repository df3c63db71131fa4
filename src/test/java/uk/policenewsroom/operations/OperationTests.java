package uk.policenewsroom.operations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.policenewsroom.accounts.Role;
import uk.policenewsroom.operations.Operation.Actor;
import uk.policenewsroom.operations.Operation.Description;
import uk.policenewsroom.operations.OperationChange.Kind;
import uk.policenewsroom.operations.OperationWorkflowException.NotAllowed;
import uk.policenewsroom.operations.OperationWorkflowException.Stale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The operation aggregate: its results, and every transition of its review with who may
 * make it. A new operation is at version 0 (it is never saved here), so 0 is the version
 * a person saw and any other number is a stale one.
 */
class OperationTests {

	private static final Clock CREATED = Clock.fixed(Instant.parse("2022-03-14T09:00:00Z"), ZoneOffset.UTC);

	private static final Clock LATER = Clock.fixed(Instant.parse("2022-03-15T10:00:00Z"), ZoneOffset.UTC);

	private static final Actor WRITER = new Actor(1, Role.WRITER);

	private static final Actor OTHER_WRITER = new Actor(2, Role.WRITER);

	private static final Actor EDITOR = new Actor(3, Role.EDITOR);

	private static final Actor SECOND_EDITOR = new Actor(4, Role.EDITOR);

	private static final Actor ADMIN = new Actor(5, Role.ADMIN);

	private static final Long SEEN = 0L;

	private static final Long STALE = 7L;

	// Results

	@Test
	void removingARowRenumbersTheRowsAfterIt() {
		Operation operation = draft();
		operation.recordResults(List.of(TallyLine.drug("Heroin", DrugClass.A, "145.92", Unit.GRAMS),
				TallyLine.drug("Crack cocaine", DrugClass.A, "126", Unit.GRAMS),
				TallyLine.drug("Cocaine", DrugClass.A, "30.5", Unit.GRAMS)), CREATED);

		TallyLine removed = operation.removeResult(WRITER, SEEN, 2, null, LATER);

		assertThat(removed.description()).isEqualTo("Crack cocaine");
		assertThat(operation.tally().lines()).extracting(TallyLine::description).containsExactly("Heroin", "Cocaine");
		Tally.Total classA = operation.tally().total(TallyKind.DRUGS, DrugClass.A, Unit.GRAMS).orElseThrow();
		assertThat(classA.value()).isEqualTo("176.42 g");
		assertThat(classA.rows()).containsExactly(1, 2);
		assertThat(operation.getUpdatedAt()).isEqualTo(LATER.instant());
		assertThat(operation.addResult(WRITER, TallyLine.count(TallyKind.ARRESTS, 3), null, LATER)).isEqualTo(3);
		assertThat(operation.tally().total(TallyKind.ARRESTS, null, Unit.COUNT).orElseThrow().rows())
			.containsExactly(3);
		assertThat(last(operation).getDetail()).isEqualTo("Row 3: 3 arrests");
	}

	@Test
	void thereIsNoRowToRemoveOrChangeBeyondTheLast() {
		Operation operation = draft();
		operation.addResult(WRITER, TallyLine.count(TallyKind.ARRESTS, 49), null, CREATED);
		assertThatExceptionOfType(NoSuchElementException.class)
			.isThrownBy(() -> operation.removeResult(WRITER, SEEN, 2, null, LATER));
		assertThatExceptionOfType(NoSuchElementException.class)
			.isThrownBy(() -> operation.removeResult(WRITER, SEEN, 0, null, LATER));
		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(
				() -> operation.editResult(WRITER, SEEN, 2, TallyLine.count(TallyKind.ARRESTS, 1), "Typo", LATER));
		assertThat(operation.resultCount()).isEqualTo(1);
	}

	@Test
	void aRowIsChangedWithAReasonAndTheHistorySaysFromWhatToWhat() {
		Operation operation = draft();
		operation.addResult(WRITER, TallyLine.drug("Crack cocaine", DrugClass.A, "126", Unit.GRAMS), null, CREATED);

		TallyLine was = operation.editResult(OTHER_WRITER, SEEN, 1,
				TallyLine.drug("Crack cocaine", DrugClass.A, "128", Unit.GRAMS), " The lab weighed it again ", LATER);

		assertThat(was.quantity()).isEqualByComparingTo("126");
		assertThat(operation.tally().lines().get(0).quantity()).isEqualByComparingTo("128");
		OperationChange change = last(operation);
		assertThat(change.getKind()).isEqualTo(Kind.ROW_EDITED);
		assertThat(change.getBy()).isEqualTo(OTHER_WRITER.id());
		assertThat(change.getComment()).isEqualTo("The lab weighed it again");
		assertThat(change.getDetail())
			.isEqualTo("Row 1: 126 g Crack cocaine (Class A) \u2192 128 g Crack cocaine (Class A)");
		assertThat(change.isCorrection()).isFalse();
	}

	@Test
	void aRowIsNotChangedWithoutAReason() {
		Operation operation = draft();
		operation.addResult(WRITER, TallyLine.count(TallyKind.ARRESTS, 49), null, CREATED);
		assertThatExceptionOfType(OperationWorkflowException.class).isThrownBy(
				() -> operation.editResult(WRITER, SEEN, 1, TallyLine.count(TallyKind.ARRESTS, 50), " ", LATER));
		assertThat(operation.tally().lines().get(0).quantity()).isEqualByComparingTo("49");
	}

	@Test
	void revisingKeepsTheSlugAndRefusesAnEndBeforeTheStart() {
		Operation operation = draft();
		operation.revise(WRITER, SEEN, new Description(" Renamed ", " ", "Knife Crime Team", LocalDate.of(2022, 3, 8),
				LocalDate.of(2022, 3, 8), "Shorter."), Set.of(), null, LATER);
		assertThat(operation.getSlug()).isEqualTo("county-lines-week");
		assertThat(operation.getName()).isEqualTo("Renamed");
		assertThat(operation.getCodeName()).isNull();
		assertThat(operation.getUpdatedAt()).isEqualTo(LATER.instant());
		assertThat(last(operation).getDetail()).isEqualTo(
				"Changed name (was \u201cCounty Lines Intensification Week\u201d), code name, unit responsible, dates (were 7 to 13 March 2022), summary");
		assertThatIllegalArgumentException().isThrownBy(() -> operation.revise(WRITER, SEEN, new Description("Renamed",
				null, "Unit", LocalDate.of(2022, 3, 8), LocalDate.of(2022, 3, 7), "Shorter."), Set.of(), null, LATER));
	}

	@Test
	void aLineSaysWhichPartOfItIsWrong() {
		assertThatExceptionOfType(TallyLine.Invalid.class)
			.isThrownBy(() -> TallyLine.drug("Heroin", DrugClass.A, "5", Unit.PENCE))
			.satisfies((invalid) -> assertThat(invalid.part()).isEqualTo(TallyLine.Part.UNIT));
		assertThatExceptionOfType(TallyLine.Invalid.class).isThrownBy(() -> TallyLine.count(TallyKind.OTHER, 2))
			.satisfies((invalid) -> assertThat(invalid.part()).isEqualTo(TallyLine.Part.DESCRIPTION));
	}

	@Test
	void aLineInWordsAsTheAuditLogKeepsIt() {
		assertThat(TallyLine.drug("Heroin", DrugClass.A, "145.92", Unit.GRAMS).text())
			.isEqualTo("145.92 g Heroin (Class A)");
		assertThat(TallyLine.drug("Cannabis", DrugClass.B, "1250", Unit.GRAMS).text())
			.isEqualTo("1.25 kg Cannabis (Class B)");
		assertThat(TallyLine.drug("Cocaine", DrugClass.A, "1149", Unit.WRAPS).text())
			.isEqualTo("1,149 wraps of Cocaine (Class A)");
		assertThat(TallyLine.cash(9_650_900, true).text()).isEqualTo("about £96,509 cash seized");
		assertThat(TallyLine.count(TallyKind.WEAPONS, "Knives", 3).text()).isEqualTo("3 Knives (weapons seized)");
	}

	// The workflow, transition by transition

	@Test
	void aNewOperationIsADraftThatThePublicCannotSee() {
		Operation operation = draft();
		assertThat(operation.getStatus()).isEqualTo(OperationStatus.DRAFT);
		assertThat(operation.isPubliclyVisible()).isFalse();
		assertThat(operation.history())
			.extracting(OperationChange::getKind, OperationChange::getBy, OperationChange::getToStatus)
			.containsExactly(tuple(Kind.CREATED, WRITER.id(), OperationStatus.DRAFT));
		assertThat(operation.hasContributor(WRITER.id())).isTrue();
		assertThat(operation.hasContributor(EDITOR.id())).isFalse();
	}

	@Test
	void submitRejectEditResubmitPublishHideRestoreEachWriteAStatusRow() {
		Operation operation = draft();
		operation.submit(WRITER, SEEN, LATER);
		assertThat(operation.getStatus()).isEqualTo(OperationStatus.SUBMITTED);

		operation.reject(EDITOR, SEEN, " Row 2 is in the wrong unit ", LATER);
		assertThat(operation.getStatus()).isEqualTo(OperationStatus.REJECTED);
		assertThat(operation.getRejectionComment()).isEqualTo("Row 2 is in the wrong unit");

		operation.addResult(WRITER, TallyLine.count(TallyKind.ARRESTS, 49), null, LATER);
		assertThat(operation.getStatus()).as("editing a rejected operation makes it a draft")
			.isEqualTo(OperationStatus.DRAFT);
		assertThat(operation.getRejectionComment()).as("kept until it is submitted again").isNotNull();

		operation.submit(WRITER, SEEN, LATER);
		assertThat(operation.getRejectionComment()).isNull();
		operation.publish(EDITOR, SEEN, LATER);
		assertThat(operation.getStatus()).isEqualTo(OperationStatus.PUBLISHED);
		assertThat(operation.isPubliclyVisible()).isTrue();
		assertThat(operation.getPublishedAt()).isEqualTo(LATER.instant());

		operation.hide(SECOND_EDITOR, SEEN, "Figures under review by the CPS", LATER);
		assertThat(operation.getStatus()).isEqualTo(OperationStatus.HIDDEN);
		assertThat(operation.isPubliclyVisible()).isFalse();

		operation.restore(EDITOR, SEEN, null, LATER);
		assertThat(operation.getStatus()).isEqualTo(OperationStatus.PUBLISHED);

		assertThat(operation.history())
			.extracting(OperationChange::getKind, OperationChange::getFromStatus, OperationChange::getToStatus,
					OperationChange::getBy, OperationChange::getComment)
			.containsExactly(tuple(Kind.CREATED, null, OperationStatus.DRAFT, WRITER.id(), null),
					tuple(Kind.SUBMITTED, OperationStatus.DRAFT, OperationStatus.SUBMITTED, WRITER.id(), null),
					tuple(Kind.REJECTED, OperationStatus.SUBMITTED, OperationStatus.REJECTED, EDITOR.id(),
							"Row 2 is in the wrong unit"),
					tuple(Kind.ROW_ADDED, OperationStatus.REJECTED, OperationStatus.DRAFT, WRITER.id(), null),
					tuple(Kind.SUBMITTED, OperationStatus.DRAFT, OperationStatus.SUBMITTED, WRITER.id(), null),
					tuple(Kind.PUBLISHED, OperationStatus.SUBMITTED, OperationStatus.PUBLISHED, EDITOR.id(), null),
					tuple(Kind.HIDDEN, OperationStatus.PUBLISHED, OperationStatus.HIDDEN, SECOND_EDITOR.id(),
							"Figures under review by the CPS"),
					tuple(Kind.RESTORED, OperationStatus.HIDDEN, OperationStatus.PUBLISHED, EDITOR.id(), null));
		assertThat(operation.history()).extracting(OperationChange::getAt)
			.containsOnly(CREATED.instant(), LATER.instant());
	}

	@Test
	void aRejectionNeedsAComment() {
		Operation operation = submitted();
		assertThatExceptionOfType(OperationWorkflowException.class)
			.isThrownBy(() -> operation.reject(EDITOR, SEEN, "  ", LATER));
		assertThat(operation.getStatus()).isEqualTo(OperationStatus.SUBMITTED);
	}

	@Test
	void hidingNeedsAReason() {
		Operation operation = published();
		assertThatExceptionOfType(OperationWorkflowException.class)
			.isThrownBy(() -> operation.hide(EDITOR, SEEN, null, LATER));
		assertThat(operation.isPubliclyVisible()).isTrue();
	}

	// The second pair of eyes

	@Test
	void theCreatorMayNotPublishEvenAsAnEditor() {
		Operation operation = new Operation("by-an-editor", description(), EDITOR, CREATED);
		operation.submit(OTHER_WRITER, SEEN, LATER);
		assertThat(operation.allows(OperationAction.PUBLISH, EDITOR)).isFalse();
		assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> operation.publish(EDITOR, SEEN, LATER))
			.withMessageContaining("another editor");
		assertThat(operation.getStatus()).isEqualTo(OperationStatus.SUBMITTED);
		operation.publish(SECOND_EDITOR, SEEN, LATER);
		assertThat(operation.getStatus()).isEqualTo(OperationStatus.PUBLISHED);
	}

	@Test
	void anEditorWhoEditedTheDetailsMayNotPublish() {
		Operation operation = submitted();
		operation.revise(EDITOR, SEEN, description(), Set.of(), null, LATER);
		assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> operation.publish(EDITOR, SEEN, LATER));
	}

	@Test
	void anEditorWhoAddedChangedOrRemovedARowMayNotPublish() {
		Operation added = submitted();
		added.addResult(EDITOR, TallyLine.count(TallyKind.ARRESTS, 1), null, LATER);
		Operation changed = submitted();
		changed.editResult(EDITOR, SEEN, 1, TallyLine.count(TallyKind.ARRESTS, 50), "Recount", LATER);
		Operation removed = submitted();
		removed.removeResult(EDITOR, SEEN, 1, null, LATER);
		for (Operation operation : List.of(added, changed, removed)) {
			assertThat(operation.allows(OperationAction.PUBLISH, EDITOR)).isFalse();
			assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> operation.publish(EDITOR, SEEN, LATER));
			assertThat(operation.allows(OperationAction.PUBLISH, SECOND_EDITOR)).isTrue();
		}
	}

	@Test
	void anEditorWhoSubmittedMayNotPublish() {
		Operation operation = new Operation("county-lines-week", description(), WRITER, CREATED);
		operation.submit(EDITOR, SEEN, LATER);
		assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> operation.publish(EDITOR, SEEN, LATER));
	}

	@Test
	void anAdminIsHeldToTheSameRule() {
		Operation operation = new Operation("county-lines-week", description(), ADMIN, CREATED);
		operation.submit(ADMIN, SEEN, LATER);
		assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> operation.publish(ADMIN, SEEN, LATER));
		operation.publish(EDITOR, SEEN, LATER);
		assertThat(operation.getStatus()).isEqualTo(OperationStatus.PUBLISHED);
	}

	@Test
	void rejectingDoesNotMakeAReviewerAContributor() {
		Operation operation = submitted();
		operation.reject(EDITOR, SEEN, "Add the cash", LATER);
		operation.submit(WRITER, SEEN, LATER);
		operation.publish(EDITOR, SEEN, LATER);
		assertThat(operation.getStatus()).isEqualTo(OperationStatus.PUBLISHED);
	}

	// Who may do what

	@Test
	void writersMayNotRejectPublishHideRestoreOrCorrect() {
		Operation submitted = submitted();
		assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> submitted.publish(OTHER_WRITER, SEEN, LATER));
		assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> submitted.reject(OTHER_WRITER, SEEN, "No", LATER));
		Operation published = published();
		assertThatExceptionOfType(NotAllowed.class)
			.isThrownBy(() -> published.hide(OTHER_WRITER, SEEN, "Because", LATER));
		assertThatExceptionOfType(NotAllowed.class)
			.isThrownBy(() -> published.addResult(WRITER, TallyLine.count(TallyKind.ARRESTS, 1), "Forgot one", LATER));
		assertThatExceptionOfType(NotAllowed.class)
			.isThrownBy(() -> published.revise(WRITER, SEEN, description(), Set.of(), "Typo", LATER));
		assertThatExceptionOfType(NotAllowed.class)
			.isThrownBy(() -> published.removeResult(WRITER, SEEN, 1, "Wrong", LATER));
		published.hide(EDITOR, SEEN, "Because", LATER);
		assertThatExceptionOfType(NotAllowed.class)
			.isThrownBy(() -> published.restore(OTHER_WRITER, SEEN, null, LATER));
		assertThat(published.getStatus()).isEqualTo(OperationStatus.HIDDEN);
		assertThat(published.tally().lines()).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(OperationStatus.class)
	void eachStatusOpensTheActionsItShouldToEachRole(OperationStatus status) {
		Operation operation = in(status);
		assertThat(operation.actionsFor(OTHER_WRITER)).as("writer")
			.containsExactlyInAnyOrderElementsOf(switch (status) {
				case DRAFT, REJECTED -> Set.of(OperationAction.EDIT, OperationAction.SUBMIT);
				case SUBMITTED -> Set.of(OperationAction.EDIT);
				case PUBLISHED, HIDDEN -> Set.<OperationAction>of();
			});
		Set<OperationAction> editor = switch (status) {
			case DRAFT, REJECTED -> Set.of(OperationAction.EDIT, OperationAction.SUBMIT);
			case SUBMITTED -> Set.of(OperationAction.EDIT, OperationAction.REJECT, OperationAction.PUBLISH);
			case PUBLISHED -> Set.of(OperationAction.CORRECT, OperationAction.HIDE);
			case HIDDEN -> Set.of(OperationAction.CORRECT, OperationAction.RESTORE);
		};
		assertThat(operation.actionsFor(SECOND_EDITOR)).as("editor").containsExactlyInAnyOrderElementsOf(editor);
		assertThat(operation.actionsFor(ADMIN)).as("admin").containsExactlyInAnyOrderElementsOf(editor);
	}

	@Test
	void anActionInTheWrongStateIsRefusedAsAConflictNotAsForbidden() {
		Operation draft = draft();
		assertThatExceptionOfType(OperationWorkflowException.class)
			.isThrownBy(() -> draft.publish(SECOND_EDITOR, SEEN, LATER))
			.isNotInstanceOf(NotAllowed.class)
			.withMessage("You cannot publish an operation that is draft");
		Operation published = published();
		assertThatExceptionOfType(OperationWorkflowException.class)
			.isThrownBy(() -> published.publish(SECOND_EDITOR, SEEN, LATER))
			.isNotInstanceOf(NotAllowed.class);
		assertThatExceptionOfType(OperationWorkflowException.class)
			.isThrownBy(() -> published.submit(WRITER, SEEN, LATER));
		assertThatExceptionOfType(OperationWorkflowException.class)
			.isThrownBy(() -> published.restore(EDITOR, SEEN, null, LATER));
		assertThatExceptionOfType(OperationWorkflowException.class)
			.isThrownBy(() -> draft.hide(EDITOR, SEEN, "Why", LATER));
		assertThatExceptionOfType(OperationWorkflowException.class)
			.isThrownBy(() -> draft.reject(EDITOR, SEEN, "Why", LATER));
		assertThat(draft.getStatus()).isEqualTo(OperationStatus.DRAFT);
		assertThat(published.getStatus()).isEqualTo(OperationStatus.PUBLISHED);
	}

	// Versions

	@Test
	void aDecisionOnAnotherVersionIsRefusedAndChangesNothing() {
		Operation operation = submitted();
		int before = operation.history().size();
		assertThatExceptionOfType(Stale.class).isThrownBy(() -> operation.publish(EDITOR, STALE, LATER))
			.satisfies((stale) -> assertThat(stale.seenVersion()).isEqualTo(STALE));
		assertThatExceptionOfType(Stale.class).isThrownBy(() -> operation.publish(EDITOR, null, LATER));
		assertThatExceptionOfType(Stale.class).isThrownBy(() -> operation.reject(EDITOR, STALE, "No", LATER));
		assertThatExceptionOfType(Stale.class).isThrownBy(
				() -> operation.editResult(WRITER, STALE, 1, TallyLine.count(TallyKind.ARRESTS, 1), "Recount", LATER));
		assertThatExceptionOfType(Stale.class).isThrownBy(() -> operation.removeResult(WRITER, STALE, 1, null, LATER));
		assertThat(operation.getStatus()).isEqualTo(OperationStatus.SUBMITTED);
		assertThat(operation.history()).hasSize(before);
		assertThat(operation.tally().lines()).hasSize(1);
		Operation published = published();
		assertThatExceptionOfType(Stale.class).isThrownBy(() -> published.hide(EDITOR, STALE, "Because", LATER));
		assertThat(published.isPubliclyVisible()).isTrue();
	}

	// Corrections

	@Test
	void anEditorCorrectsAPublishedOperationWithAReasonThatReadersSee() {
		Operation operation = published();
		assertThatExceptionOfType(OperationWorkflowException.class).isThrownBy(
				() -> operation.editResult(EDITOR, SEEN, 1, TallyLine.count(TallyKind.ARRESTS, 50), " ", LATER));
		assertThatExceptionOfType(OperationWorkflowException.class)
			.isThrownBy(() -> operation.addResult(EDITOR, TallyLine.count(TallyKind.CHARGED, 11), null, LATER));
		assertThat(operation.getPublicUpdatedAt()).isNull();

		operation.editResult(EDITOR, SEEN, 1, TallyLine.count(TallyKind.ARRESTS, 50), "One arrest was missed", LATER);

		assertThat(operation.getStatus()).isEqualTo(OperationStatus.PUBLISHED);
		assertThat(operation.getPublicUpdatedAt()).isEqualTo(LATER.instant());
		assertThat(operation.corrections()).extracting(OperationChange::getComment)
			.containsExactly("One arrest was missed");
		assertThat(last(operation).isCorrection()).isTrue();
	}

	@Test
	void recordingAsPublishedIsOnlyForDrafts() {
		Operation operation = published();
		assertThat(operation.history()).extracting(OperationChange::getKind)
			.containsExactly(Kind.CREATED, Kind.RECORDED_AS_PUBLISHED);
		assertThatExceptionOfType(OperationWorkflowException.class)
			.isThrownBy(() -> operation.recordAsPublished(LATER));
		assertThatExceptionOfType(OperationWorkflowException.class)
			.isThrownBy(() -> operation.recordResults(List.of(), LATER));
	}

	@Test
	void onlyPublishedIsPubliclyVisible() {
		assertThat(OperationStatus.publiclyVisible()).containsExactly(OperationStatus.PUBLISHED);
		for (OperationStatus status : OperationStatus.values()) {
			assertThat(in(status).isPubliclyVisible()).as(status.name()).isEqualTo(status == OperationStatus.PUBLISHED);
		}
	}

	private static Operation in(OperationStatus status) {
		return switch (status) {
			case DRAFT -> draft();
			case SUBMITTED -> submitted();
			case REJECTED -> {
				Operation operation = submitted();
				operation.reject(EDITOR, SEEN, "Needs work", LATER);
				yield operation;
			}
			case PUBLISHED -> published();
			case HIDDEN -> {
				Operation operation = published();
				operation.hide(EDITOR, SEEN, "Under review", LATER);
				yield operation;
			}
		};
	}

	private static Operation draft() {
		return new Operation("county-lines-week", description(), WRITER, CREATED);
	}

	/** Written and submitted by WRITER, with one row: 49 arrests. */
	private static Operation submitted() {
		Operation operation = draft();
		operation.addResult(WRITER, TallyLine.count(TallyKind.ARRESTS, 49), null, CREATED);
		operation.submit(WRITER, SEEN, CREATED);
		return operation;
	}

	private static Operation published() {
		Operation operation = new Operation("county-lines-week", "County Lines Intensification Week", "Raptor",
				"Serious Violence Unit", LocalDate.of(2022, 3, 7), LocalDate.of(2022, 3, 13), "A week of action.",
				CREATED);
		operation.recordResults(List.of(TallyLine.count(TallyKind.ARRESTS, 49)), CREATED);
		operation.recordAsPublished(CREATED);
		return operation;
	}

	private static Description description() {
		return new Description("County Lines Intensification Week", "Raptor", "Serious Violence Unit",
				LocalDate.of(2022, 3, 7), LocalDate.of(2022, 3, 13), "A week of action.");
	}

	private static OperationChange last(Operation operation) {
		return operation.history().get(operation.history().size() - 1);
	}

}
