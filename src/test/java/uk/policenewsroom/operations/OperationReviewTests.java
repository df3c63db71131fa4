package uk.policenewsroom.operations;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.AuditEvent;
import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;
import uk.policenewsroom.areas.Area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Operations go through review like releases, over HTTP: the pages, the confirmations,
 * the second pair of eyes, stale decisions, corrections, hiding from every public page,
 * and the paths an attacker would try.
 */
@NewsroomTest
class OperationReviewTests {

	private static final String SLUG = "county-lines-week";

	/**
	 * The address of an operation created through the press office, made from its name.
	 */
	private static final String CREATED = "county-lines-intensification-week";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Operations operations;

	@Autowired
	AuditLog audit;

	private PressOfficer writer;

	private PressOfficer editor;

	private PressOfficer secondEditor;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.writer = this.data.officer(Role.WRITER);
		this.editor = this.data.officer(Role.EDITOR);
		this.secondEditor = this.data.officer(Role.EDITOR);
	}

	@Test
	void aWritersResultsReachThePublicOnlyWhenAnotherEditorPublishesThem() throws Exception {
		long id = draft();
		assertNotPublic();
		submit(this.writer, id).andExpect(redirectedUrl("/press-office/operations/" + id));
		assertThat(statusOf(id)).isEqualTo(OperationStatus.SUBMITTED);
		assertNotPublic();

		this.mvc.perform(get("/press-office/operations/" + id).with(user(this.editor)))
			.andExpect(content().string(allOf(containsString("Submitted for review"),
					containsString("href=\"/press-office/operations/" + id + "/publish?version=" + version(id) + "\""),
					containsString("Reject with a comment"))));
		this.mvc
			.perform(get("/press-office/operations/" + id + "/publish").param("version", version(id) + "")
				.with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Publish County Lines Intensification Week?</h1>"),
					containsString("Yes, publish it"), containsString("name=\"confirmed\" value=\"true\""),
					containsString("name=\"version\" value=\"" + version(id) + "\""), containsString("49"),
					containsString("No, go back"))));

		publish(this.editor, id).andExpect(redirectedUrl("/press-office/operations/" + id));
		assertThat(statusOf(id)).isEqualTo(OperationStatus.PUBLISHED);
		assertThat(body("/operations/" + CREATED)).contains("<h1>County Lines Intensification Week</h1>", "Arrests",
				"49");
		assertThat(body("/operations")).contains("County Lines Intensification Week");
		assertThat(body("/")).contains("County Lines Intensification Week");

		this.mvc.perform(get("/press-office/operations/" + id + "/history").with(user(this.writer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("History: County Lines Intensification Week"),
					containsString("Created"), containsString("Row added"), containsString("Submitted for review"),
					containsString("Draft to Submitted for review"),
					containsString("Submitted for review to Published"), containsString("Test Writer"),
					containsString("Test Editor"))));
		assertThat(trail(id)).extracting(AuditEvent::getAction).contains("OPERATION_SUBMITTED", "OPERATION_PUBLISHED");
	}

	@Test
	void aPublicationWithoutItsConfirmationOnlyLeadsToTheConfirmationPage() throws Exception {
		long id = submitted();
		this.mvc
			.perform(post("/press-office/operations/" + id + "/publish").with(user(this.editor))
				.with(csrf())
				.param("version", version(id) + ""))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/press-office/operations/" + id + "/publish?version=" + version(id)));
		assertThat(statusOf(id)).isEqualTo(OperationStatus.SUBMITTED);
	}

	@Test
	void nobodyWhoCreatedEditedOrSubmittedTheVersionMayPublishIt() throws Exception {
		long id = submitted();
		changeRow(this.editor, id, 1, "50", "One arrest was missed").andExpect(status().isFound());
		publish(this.editor, id).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("another editor must review and publish it")));
		this.mvc.perform(get("/press-office/operations/" + id + "/publish").with(user(this.editor)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/press-office/operations/" + id).with(user(this.editor)))
			.andExpect(content().string(allOf(containsString("another editor must review and publish it"),
					not(containsString("/press-office/operations/" + id + "/publish")))));
		assertThat(statusOf(id)).isEqualTo(OperationStatus.SUBMITTED);

		publish(this.secondEditor, id).andExpect(status().isFound());
		assertThat(statusOf(id)).isEqualTo(OperationStatus.PUBLISHED);
	}

	@Test
	void anEditorWhoCreatedTheOperationMayNotPublishItAfterAWriterSubmitsIt() throws Exception {
		long id = draft(this.editor);
		submit(this.writer, id).andExpect(status().isFound());
		publish(this.editor, id).andExpect(status().isForbidden());
		assertThat(statusOf(id)).isEqualTo(OperationStatus.SUBMITTED);
	}

	@Test
	void anEditorWhoSubmittedMayNotPublish() throws Exception {
		long id = draft();
		submit(this.editor, id).andExpect(status().isFound());
		publish(this.editor, id).andExpect(status().isForbidden());
		assertThat(statusOf(id)).isEqualTo(OperationStatus.SUBMITTED);
	}

	@Test
	void aWriterCannotPublishRejectHideOrRestoreEvenByForgingTheRequest() throws Exception {
		long id = submitted();
		PressOfficer otherWriter = this.data.officer(Role.WRITER);
		publish(otherWriter, id).andExpect(status().isForbidden());
		this.mvc.perform(get("/press-office/operations/" + id + "/publish").with(user(otherWriter)))
			.andExpect(status().isForbidden());
		decision(otherWriter, id, "reject", "comment", "No").andExpect(status().isForbidden());
		assertThat(statusOf(id)).isEqualTo(OperationStatus.SUBMITTED);

		long published = this.data
			.operation("published-week", "Published week", List.of(TallyLine.count(TallyKind.ARRESTS, 3)), Set.of())
			.getId();
		decision(otherWriter, published, "hide", "comment", "Because").andExpect(status().isForbidden());
		this.mvc.perform(get("/press-office/operations/" + published + "/hide").with(user(otherWriter)))
			.andExpect(status().isForbidden());
		assertThat(statusOf(published)).isEqualTo(OperationStatus.PUBLISHED);
		this.mvc.perform(get("/press-office/operations/" + published).with(user(otherWriter)))
			.andExpect(content().string(allOf(containsString("only an editor can change it"),
					not(containsString("Hide from the public")), not(containsString("Add row")))));
	}

	@Test
	void aWriterCannotChangeAPublishedOperationByForgingTheRequest() throws Exception {
		long id = this.data
			.operation(SLUG, "County Lines Intensification Week", List.of(TallyLine.count(TallyKind.ARRESTS, 49)),
					Set.of())
			.getId();
		long before = version(id);
		changeRow(this.writer, id, 1, "500", "Padding the figures").andExpect(status().isForbidden());
		this.mvc
			.perform(post("/press-office/operations/" + id + "/rows").with(user(this.writer))
				.with(csrf())
				.params(row("1000"))
				.param("rowReason", "More"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/press-office/operations/" + id + "/rows/1/remove").with(user(this.writer))
				.with(csrf())
				.param("version", before + "")
				.param("reason", "Gone"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/press-office/operations/" + id).with(user(this.writer))
				.with(csrf())
				.param("name", "Renamed")
				.param("version", before + "")
				.param("reason", "Why not"))
			.andExpect(status().isForbidden());
		assertThat(version(id)).isEqualTo(before);
		assertThat(body("/operations/" + SLUG)).contains(">49<").doesNotContain(">500<", "Renamed");
	}

	@Test
	void aDecisionOnAVersionThatHasSinceChangedIsRefusedShowingWhatChanged() throws Exception {
		long id = submitted();
		long seen = version(id);
		this.mvc
			.perform(get("/press-office/operations/" + id + "/publish").param("version", seen + "")
				.with(user(this.editor)))
			.andExpect(status().isOk());
		changeRow(this.writer, id, 1, "4", "Only four were arrested").andExpect(status().isFound());

		this.mvc
			.perform(post("/press-office/operations/" + id + "/publish").with(user(this.editor))
				.with(csrf())
				.param("version", seen + "")
				.param("confirmed", "true"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("The operation has changed since you opened it"),
					containsString("Nothing has been changed"), containsString("Row changed by Test Writer"),
					containsString("49 arrests \u2192 4 arrests"), containsString("Only four were arrested"))));
		assertThat(statusOf(id)).isEqualTo(OperationStatus.SUBMITTED);
		this.mvc
			.perform(get("/press-office/operations/" + id + "/publish").param("version", seen + "")
				.with(user(this.editor)))
			.andExpect(status().isConflict());

		this.mvc
			.perform(post("/press-office/operations/" + id + "/publish").with(user(this.editor))
				.with(csrf())
				.param("confirmed", "true"))
			.andExpect(status().isConflict());
		assertThat(statusOf(id)).isEqualTo(OperationStatus.SUBMITTED);
		publish(this.secondEditor, id).andExpect(status().isFound());

		long draft = this.data.draftOperation("another-week", "Another week", List.of()).getId();
		this.mvc.perform(post("/press-office/operations/" + draft + "/submit").with(user(this.writer)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("The operation has changed since you opened it")));
		assertThat(statusOf(draft)).isEqualTo(OperationStatus.DRAFT);
	}

	@Test
	void aRejectionNeedsACommentWhichTheWriterSeesUntilResubmitting() throws Exception {
		long id = submitted();
		this.mvc.perform(get("/press-office/operations/" + id + "/reject").with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("What needs to change"), containsString("Reject it"))));
		decision(this.editor, id, "reject", "comment", "  ").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("decisionForm", "comment"))
			.andExpect(content().string(allOf(containsString("There is a problem"),
					containsString("Say what needs to change, so the writer can fix it"),
					containsString("href=\"#comment\""))));
		assertThat(statusOf(id)).isEqualTo(OperationStatus.SUBMITTED);

		decision(this.editor, id, "reject", "comment", "Row 1 counts people charged, not arrested")
			.andExpect(status().isFound());
		assertThat(statusOf(id)).isEqualTo(OperationStatus.REJECTED);
		this.mvc.perform(get("/press-office/operations/" + id).with(user(this.writer)))
			.andExpect(content().string(allOf(containsString("Rejected: what needs to change"),
					containsString("Row 1 counts people charged, not arrested"), containsString("Submit for review"))));
		changeRow(this.writer, id, 1, "11", "Charged, as the editor said").andExpect(status().isFound());
		this.mvc.perform(get("/press-office/operations/" + id).with(user(this.writer)))
			.andExpect(content().string(containsString("Row 1 counts people charged, not arrested")));
		submit(this.writer, id).andExpect(status().isFound());
		this.mvc.perform(get("/press-office/operations/" + id).with(user(this.writer)))
			.andExpect(content().string(not(containsString("Row 1 counts people charged, not arrested"))));
		this.mvc.perform(get("/press-office/operations/" + id + "/history").with(user(this.writer)))
			.andExpect(content().string(allOf(containsString("Submitted for review to Rejected"),
					containsString("Row 1 counts people charged, not arrested"), containsString("Row changed"),
					containsString("Charged, as the editor said"))));
		assertNotPublic();
	}

	@Test
	void hidingAsksFirstThenTakesTheResultsOffEveryPublicPage() throws Exception {
		Area colchester = this.data.area("Colchester");
		long id = this.data
			.operation(SLUG, "County Lines Intensification Week", List.of(TallyLine.count(TallyKind.ARRESTS, 49),
					TallyLine.drug("Heroin", DrugClass.A, "1250", Unit.GRAMS)), Set.of(colchester))
			.getId();
		this.data.published("forty-nine-arrests", "Forty-nine arrests", "operation-results",
				Instant.now().minusSeconds(60), Set.of(colchester), id);
		assertThat(body("/news/forty-nine-arrests")).contains("Results: County Lines Intensification Week", "1.25 kg");
		assertThat(body("/")).contains("County Lines Intensification Week", "1.25 kg");

		this.mvc.perform(get("/press-office/operations/" + id + "/hide").with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Hide County Lines Intensification Week?</h1>"),
					containsString("Why you are hiding it"), containsString("Yes, hide it"))));
		this.mvc
			.perform(post("/press-office/operations/" + id + "/hide").with(user(this.editor))
				.with(csrf())
				.param("version", version(id) + "")
				.param("comment", "Figures disputed"))
			.andExpect(redirectedUrl("/press-office/operations/" + id + "/hide?version=" + version(id)));
		this.mvc
			.perform(post("/press-office/operations/" + id + "/hide").with(user(this.editor))
				.with(csrf())
				.param("version", version(id) + "")
				.param("confirmed", "true")
				.param("comment", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why the results are hidden")));
		assertThat(statusOf(id)).isEqualTo(OperationStatus.PUBLISHED);

		decision(this.editor, id, "hide", "comment", "Figures disputed by the CPS").andExpect(status().isFound());

		assertThat(statusOf(id)).isEqualTo(OperationStatus.HIDDEN);
		var gone = this.mvc.perform(get("/operations/" + SLUG)).andReturn().getResponse();
		assertThat(gone.getStatus()).isEqualTo(410);
		assertThat(gone.getContentAsString()).contains("These results have been withdrawn", "Leave this site")
			.doesNotContain("Arrests", "1.25 kg", "Heroin", "Serious Violence Unit");
		assertThat(body("/operations")).doesNotContain("County Lines Intensification Week");
		assertThat(body("/")).doesNotContain("County Lines Intensification Week", "1.25 kg");
		assertThat(body("/news/forty-nine-arrests")).contains("<h1>Forty-nine arrests</h1>")
			.doesNotContain("Results: County Lines Intensification Week", "1.25 kg", "/operations/" + SLUG);
		this.mvc.perform(get("/press-office/operations/" + id + "/history").with(user(this.writer)))
			.andExpect(content()
				.string(allOf(containsString("Published to Hidden"), containsString("Figures disputed by the CPS"))));

		decision(this.secondEditor, id, "restore", "comment", "").andExpect(status().isFound());
		assertThat(statusOf(id)).isEqualTo(OperationStatus.PUBLISHED);
		assertThat(body("/operations/" + SLUG)).contains("49", "1.25 kg");
		assertThat(body("/news/forty-nine-arrests")).contains("Results: County Lines Intensification Week");
	}

	@Test
	void anEditorsCorrectionNeedsAReasonAndReadersSeeIt() throws Exception {
		long id = this.data
			.operation(SLUG, "County Lines Intensification Week", List.of(TallyLine.count(TallyKind.ARRESTS, 49)),
					Set.of())
			.getId();
		this.mvc.perform(get("/press-office/operations/" + id + "/rows/1").with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Row 1 of County Lines Intensification Week"),
					containsString("this is a correction"), containsString("value=\"49\""),
					containsString("Remove row"))));
		changeRow(this.editor, id, 1, "50", " ").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("tallyRowForm", "rowReason"))
			.andExpect(content().string(containsString("Say what you corrected and why: readers will see it")));
		this.mvc.perform(
				post("/press-office/operations/" + id + "/rows").with(user(this.editor)).with(csrf()).params(row("3")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say what you corrected and why")));
		this.mvc
			.perform(post("/press-office/operations/" + id + "/rows/1/remove").with(user(this.editor))
				.with(csrf())
				.param("version", version(id) + ""))
			.andExpect(redirectedUrl("/press-office/operations/" + id + "/rows/1"));
		assertThat(body("/operations/" + SLUG)).contains("49").doesNotContain("Updated");

		changeRow(this.editor, id, 1, "50", "One more arrest was confirmed").andExpect(status().isFound());

		assertThat(statusOf(id)).isEqualTo(OperationStatus.PUBLISHED);
		assertThat(body("/operations/" + SLUG)).contains(">50<", "Updated", "Corrections to these results",
				"One more arrest was confirmed");
		this.mvc.perform(get("/press-office/operations/" + id + "/history").with(user(this.writer)))
			.andExpect(content().string(
					allOf(containsString("Row changed (correction)"), containsString("49 arrests \u2192 50 arrests"))));
	}

	@Test
	void aDraftRowIsChangedWithAReasonThatTheHistoryKeeps() throws Exception {
		long id = draft();
		this.mvc.perform(get("/press-office/operations/" + id).with(user(this.writer)))
			.andExpect(content().string(containsString("href=\"/press-office/operations/" + id + "/rows/1\"")));
		changeRow(this.writer, id, 1, "48", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why the row is changed")));
		changeRow(this.writer, id, 1, "-1", "Typo").andExpect(status().isOk())
			.andExpect(content().string(containsString("The quantity cannot be negative")));
		changeRow(this.writer, id, 1, "48", "Typo in the count").andExpect(status().isFound());
		this.mvc.perform(get("/press-office/operations/" + id + "/history").with(user(this.writer)))
			.andExpect(content().string(allOf(containsString("Row changed"), containsString("Typo in the count"),
					containsString("49 arrests \u2192 48 arrests"))));
		assertThat(trail(id)).extracting(AuditEvent::getAction).contains("OPERATION_ROW_EDITED");
		this.mvc.perform(get("/press-office/operations/" + id + "/rows/9").with(user(this.writer)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anActionInTheWrongStateIsAConflictAndChangesNothing() throws Exception {
		long id = draft();
		publish(this.editor, id).andExpect(status().isConflict())
			.andExpect(content().string(containsString("You cannot publish an operation that is draft")));
		decision(this.editor, id, "restore", "comment", "").andExpect(status().isConflict());
		this.mvc.perform(get("/press-office/operations/" + id + "/hide").with(user(this.editor)))
			.andExpect(status().isConflict());
		assertThat(statusOf(id)).isEqualTo(OperationStatus.DRAFT);
		this.mvc.perform(get("/press-office/operations/999999/publish").with(user(this.editor)))
			.andExpect(status().isNotFound());
	}

	private void assertNotPublic() throws Exception {
		this.mvc.perform(get("/operations/" + CREATED)).andExpect(status().isNotFound());
		assertThat(body("/operations")).doesNotContain("County Lines Intensification Week");
		assertThat(body("/")).doesNotContain("County Lines Intensification Week");
	}

	private long draft() throws Exception {
		return draft(this.writer);
	}

	/** A draft with one row, 49 arrests, created and filled in by {@code by}. */
	private long draft(PressOfficer by) throws Exception {
		String location = this.mvc
			.perform(post("/press-office/operations").with(user(by))
				.with(csrf())
				.param("name", "County Lines Intensification Week")
				.param("ledBy", "Serious Violence Unit")
				.param("startDay", "7")
				.param("startMonth", "3")
				.param("startYear", "2022")
				.param("endDay", "13")
				.param("endMonth", "3")
				.param("endYear", "2022")
				.param("summary", "A week of action."))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(post("/press-office/operations/" + id + "/rows").with(user(by)).with(csrf()).params(row("49")))
			.andExpect(status().isFound());
		return id;
	}

	private long submitted() throws Exception {
		long id = draft();
		submit(this.writer, id).andExpect(status().isFound());
		return id;
	}

	private ResultActions submit(PressOfficer by, long id) throws Exception {
		return this.mvc.perform(post("/press-office/operations/" + id + "/submit").with(user(by))
			.with(csrf())
			.param("version", version(id) + ""));
	}

	private ResultActions publish(PressOfficer by, long id) throws Exception {
		return this.mvc.perform(post("/press-office/operations/" + id + "/publish").with(user(by))
			.with(csrf())
			.param("version", version(id) + "")
			.param("confirmed", "true"));
	}

	private ResultActions decision(PressOfficer by, long id, String action, String field, String value)
			throws Exception {
		return this.mvc.perform(post("/press-office/operations/" + id + "/" + action).with(user(by))
			.with(csrf())
			.param("version", version(id) + "")
			.param("confirmed", "true")
			.param(field, value));
	}

	private ResultActions changeRow(PressOfficer by, long id, int number, String arrests, String reason)
			throws Exception {
		return this.mvc.perform(post("/press-office/operations/" + id + "/rows/" + number).with(user(by))
			.with(csrf())
			.params(row(arrests))
			.param("rowReason", reason)
			.param("version", version(id) + ""));
	}

	private static MultiValueMap<String, String> row(String arrests) {
		LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("kind", "ARRESTS");
		params.add("quantity", arrests);
		params.add("_approximate", "on");
		return params;
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	private OperationStatus statusOf(long id) {
		return this.operations.findById(id).orElseThrow().getStatus();
	}

	private long version(long id) {
		return this.operations.findById(id).orElseThrow().getVersion();
	}

	private List<AuditEvent> trail(long id) {
		return this.audit.trailOf("operation", id);
	}

}
