package uk.policenewsroom.operations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import uk.policenewsroom.HeldLock;
import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.AuditEvent;
import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;
import uk.policenewsroom.areas.Area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The press office records operations and their results, and the public pages add up what
 * was recorded.
 */
@NewsroomTest
class OperationOfficeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Operations operations;

	@Autowired
	OperationFinder finder;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	private PressOfficer writer;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.writer = this.data.officer(Role.WRITER);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		long id = existing().getId();
		for (String page : List.of("/press-office/operations", "/press-office/operations/new",
				"/press-office/operations/" + id)) {
			this.mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(post("/press-office/operations/" + id + "/rows").with(csrf()).param("kind", "ARRESTS"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(rowCount()).isEqualTo(2);
	}

	@Test
	void theListShowsEachOperationWithItsRowsAndALinkToCreateOne() throws Exception {
		Operation week = existing();
		this.mvc.perform(get("/press-office/operations").with(user(this.writer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Operations</h1>"),
					containsString("href=\"/press-office/operations/new\""),
					containsString("href=\"/press-office/operations/" + week.getId() + "\""),
					containsString("County Lines Intensification Week"), containsString("7 to 13 March 2022"),
					containsString("<td class=\"num\">2</td>"))));
	}

	@Test
	void aWriterCreatesADraftThatNoReaderCanSee() throws Exception {
		Area colchester = this.data.area("Colchester");
		this.data.area("Harlow");
		this.mvc.perform(get("/press-office/operations/new").with(user(this.writer)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<h1>Create an operation</h1>"), containsString("name=\"_csrf\""),
						containsString("id=\"startDay\""), containsString("Colchester"), containsString("Harlow"))));

		MvcResult created = this.mvc
			.perform(details("/press-office/operations", Map.of("areas", String.valueOf(colchester.getId()))))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/press-office/operations/*"))
			.andReturn();

		Operation operation = this.operations.findBySlug("operation-sceptre-knife-week").orElseThrow();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/press-office/operations/" + operation.getId());
		assertThat(operation.getCodeName()).isEqualTo("Sceptre");
		assertThat(operation.getStartDate()).isEqualTo(LocalDate.of(2024, 5, 13));
		assertThat(operation.getEndDate()).isEqualTo(LocalDate.of(2024, 5, 19));
		assertThat(operation.getStatus()).isEqualTo(OperationStatus.DRAFT);
		this.mvc.perform(get("/press-office/operations/" + operation.getId()).with(user(this.writer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Operation Sceptre knife week"),
					containsString("13 to 19 May 2024"), containsString("value=\"Knife Crime Team\""),
					containsString("A week of knife arches and weapon sweeps."), containsString(">Draft<"),
					containsString("Not on the public pages"), containsString("Submit for review"))));
		this.mvc.perform(get("/operations/operation-sceptre-knife-week")).andExpect(status().isNotFound());
		this.mvc.perform(get("/operations"))
			.andExpect(content().string(not(containsString("Operation Sceptre knife week"))));
		this.mvc.perform(get("/")).andExpect(content().string(not(containsString("Operation Sceptre knife week"))));
		assertThat(trail(operation.getId())).extracting(AuditEvent::getAction).containsExactly("OPERATION_CREATED");
		assertThat(trail(operation.getId()).get(0).getSubjectLabel()).isEqualTo("Operation Sceptre knife week");
		assertThat(trail(operation.getId()).get(0).getActorId()).isEqualTo(this.writer.id());
	}

	@Test
	void aSecondOperationWithTheSameNameGetsItsOwnAddress() throws Exception {
		this.mvc.perform(details("/press-office/operations", Map.of())).andExpect(status().isFound());
		this.mvc.perform(details("/press-office/operations", Map.of())).andExpect(status().isFound());
		assertThat(this.operations.existsBySlug("operation-sceptre-knife-week")).isTrue();
		assertThat(this.operations.existsBySlug("operation-sceptre-knife-week-2")).isTrue();
	}

	@Test
	void aWriterEditsTheDetailsAndTheAddressStaysTheSame() throws Exception {
		Operation week = existing();
		this.mvc.perform(get("/press-office/operations/" + week.getId()).with(user(this.writer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>County Lines Intensification Week</h1>"),
					containsString("value=\"Serious Violence Unit\""), containsString("name=\"version\""),
					not(containsString("href=\"/operations/county-lines-week\"")))));

		this.mvc
			.perform(details("/press-office/operations/" + week.getId(),
					Map.of("name", "County Lines Week of Action", "version", String.valueOf(version(week)))))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/press-office/operations/" + week.getId()))
			.andExpect(flash().attribute("notice", "Details saved"));

		Operation saved = this.operations.findBySlug("county-lines-week").orElseThrow();
		assertThat(saved.getName()).isEqualTo("County Lines Week of Action");
		assertThat(saved.getStartDate()).isEqualTo(LocalDate.of(2024, 5, 13));
		assertThat(saved.getLedBy()).isEqualTo("Knife Crime Team");
		assertThat(this.operations.existsBySlug("county-lines-week-of-action")).isFalse();
		AuditEvent edited = trail(week.getId()).get(0);
		assertThat(edited.getAction()).isEqualTo("OPERATION_EDITED");
		assertThat(edited.getSubjectLabel()).isEqualTo("County Lines Week of Action");
		assertThat(edited.getDetails()).contains("name (was \u201cCounty Lines Intensification Week\u201d)",
				"dates (were 7 to 13 March 2022)", "unit responsible", "summary");
	}

	@Test
	void rowsOfSeveralKindsAddUpToThePublicTotals() throws Exception {
		long id = created();
		addRow(id, row("DRUGS", "Heroin", "A", "145.92", "GRAMS", false));
		addRow(id, row("DRUGS", "Cocaine", "A", "1.5", "KILOGRAMS", false));
		addRow(id, row("DRUGS", "Cocaine", "A", "1,149", "WRAPS", false));
		addRow(id, row("CASH", "", "", "96,509.50", "PENCE", false));
		addRow(id, row("CASH", "", "", "£1,000", "", false));
		addRow(id, row("ARRESTS", "", "", "30", "", true));
		addRow(id, row("WEAPONS", "Knives", "", "3", "COUNT", false));

		assertThat(trail(id)).extracting(AuditEvent::getAction)
			.containsOnly("OPERATION_CREATED", "OPERATION_ROW_ADDED")
			.hasSize(8);
		publishThroughReview(id);
		String page = publicPage();
		assertThat(page).contains("Class A drugs by weight", "1.64592 kg", "rows 1 and 2", "Class A drugs in wraps",
				"1,149 wraps", "£97,509.50", "rows 4 and 5", "about 30", "Weapons seized", "Knives");
		assertThat(this.jdbc.queryForObject("select quantity from tally_rows where position = 4", String.class))
			.isEqualTo("9650950.000");
		assertThat(trail(id)).extracting(AuditEvent::getDetails)
			.contains("Added row 1: 145.92 g Heroin (Class A)", "Added row 2: 1.5 kg Cocaine (Class A)",
					"Added row 3: 1,149 wraps of Cocaine (Class A)", "Added row 4: £96,509.50 cash seized",
					"Added row 6: about 30 arrests", "Added row 7: 3 Knives (weapons seized)");

		this.mvc.perform(get("/press-office/operations/" + id).with(user(this.editor())))
			.andExpect(content()
				.string(allOf(containsString("145.92"), containsString("Grams (g)"), containsString("Kilograms (kg)"),
						containsString("£96,509.50"), containsString("/press-office/operations/" + id + "/rows/7"),
						not(containsString("/press-office/operations/" + id + "/rows/7/remove")))));
	}

	@Test
	void aNegativeQuantityIsRefused() throws Exception {
		refusedRow(row("ARRESTS", "", "", "-5", "COUNT", false), "quantity", "The quantity cannot be negative");
	}

	@Test
	void aQuantityThatIsNotANumberIsRefused() throws Exception {
		refusedRow(row("DRUGS", "Heroin", "A", "about twelve", "GRAMS", false), "quantity",
				"Enter the quantity as a number, like 145.92 or 1,149");
	}

	@Test
	void aQuantityWithMoreThanThreeDecimalPlacesIsRefused() throws Exception {
		refusedRow(row("DRUGS", "Heroin", "A", "1.2345", "GRAMS", false), "quantity",
				"The quantity can have at most 3 decimal places");
	}

	@Test
	void cashInGramsIsRefused() throws Exception {
		refusedRow(row("CASH", "", "", "500", "GRAMS", false), "unit",
				"Cash seized can only be recorded as pounds and pence");
	}

	@Test
	void drugsCountedAsArrestsAreRefused() throws Exception {
		refusedRow(row("DRUGS", "Heroin", "A", "5", "COUNT", false), "unit",
				"Drugs seized can only be recorded as grams, kilograms, wraps, pills or plants");
	}

	@Test
	void cashBeyondThePennyIsRefused() throws Exception {
		refusedRow(row("CASH", "", "", "10.505", "PENCE", false), "quantity",
				"Enter the cash to the nearest penny, like 96,509.50");
	}

	@Test
	void halfAnArrestIsRefused() throws Exception {
		refusedRow(row("ARRESTS", "", "", "2.5", "", false), "quantity", "Arrests must be a whole number");
	}

	@Test
	void aDrugWithoutADescriptionIsRefused() throws Exception {
		refusedRow(row("DRUGS", " ", "A", "145.92", "GRAMS", false), "description",
				"Enter the name of the drug, like Heroin");
	}

	@Test
	void aClassForSomethingOtherThanDrugsIsRefused() throws Exception {
		refusedRow(row("ARRESTS", "", "A", "4", "COUNT", false), "drugClass",
				"Only drugs have a class: choose no class for arrests");
	}

	@Test
	void aRowWithoutAKindIsRefused() throws Exception {
		refusedRow(row("", "", "", "4", "COUNT", false), "kind", "Choose what the row counts");
	}

	@Test
	void anEndBeforeTheStartIsRefusedAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(details("/press-office/operations", Map.of("endDay", "12", "endMonth", "5", "endYear", "2024")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("operationForm", "endDay"))
			.andExpect(content().string(allOf(containsString("There is a problem"),
					containsString("End date must be the same as or after the start date"),
					containsString("href=\"#endDay\""), containsString("id=\"endDay-error\""),
					containsString("value=\"Operation Sceptre knife week\""),
					containsString("<title>Error: Create an operation"))));
		assertThat(this.operations.count()).isZero();
	}

	@Test
	void aMissingNameIsRefusedAndNothingIsSaved() throws Exception {
		this.mvc.perform(details("/press-office/operations", Map.of("name", "  ")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("operationForm", "name"))
			.andExpect(content().string(allOf(containsString("Enter the name of the operation"),
					containsString("value=\"Knife Crime Team\""))));
		assertThat(this.operations.count()).isZero();
	}

	@Test
	void datesThatAreIncompleteOrNotRealAreRefused() throws Exception {
		this.mvc.perform(details("/press-office/operations", Map.of("startMonth", "")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("operationForm", "startMonth"))
			.andExpect(content().string(containsString("Start date must include a month")));
		this.mvc.perform(details("/press-office/operations", Map.of("endDay", "31", "endMonth", "6")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("End date must be a real date")));
		this.mvc.perform(details("/press-office/operations", Map.of("startYear", "24")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The year of the start date must have 4 numbers")));
		this.mvc.perform(details("/press-office/operations", Map.of("endDay", "", "endMonth", "", "endYear", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the end date")));
		assertThat(this.operations.count()).isZero();
	}

	@Test
	void anOverlongSummaryIsRefusedAndKept() throws Exception {
		String essay = "a".repeat(1001);
		this.mvc.perform(details("/press-office/operations", Map.of("summary", essay)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Summary must be 1000 characters or fewer"), containsString(essay))));
		assertThat(this.operations.count()).isZero();
	}

	@Test
	void anAreaThatIsNotOnTheListIsRefused() throws Exception {
		this.mvc.perform(details("/press-office/operations", Map.of("areas", "999999")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose areas from the list")));
		assertThat(this.operations.count()).isZero();
	}

	@Test
	void aRefusedEditLeavesTheOperationAsItWas() throws Exception {
		Operation week = existing();
		this.mvc
			.perform(details("/press-office/operations/" + week.getId(),
					Map.of("name", "Renamed", "endYear", "2020", "version", String.valueOf(version(week)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("End date must be the same as or after the start date")));
		assertThat(this.operations.findById(week.getId()).orElseThrow().getName())
			.isEqualTo("County Lines Intensification Week");
		assertThat(trail(week.getId())).isEmpty();
	}

	@Test
	void removingARowRenumbersTheRestAndUpdatesTheTotals() throws Exception {
		long id = created();
		addRow(id, row("DRUGS", "Heroin", "A", "145.92", "GRAMS", false));
		addRow(id, row("DRUGS", "Crack cocaine", "A", "126", "GRAMS", false));
		addRow(id, row("DRUGS", "Cocaine", "A", "30.5", "GRAMS", false));
		assertThat(officePage(id)).contains("302.42 g", "rows 1, 2 and 3");

		this.mvc.perform(remove(id, 2, versionOf(id)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/press-office/operations/" + id + "#results"))
			.andExpect(flash().attribute("notice", "Row 2 removed: 126 g Crack cocaine (Class A)"));

		assertThat(officePage(id)).contains("176.42 g", "rows 1 and 2").doesNotContain("Crack cocaine");
		assertThat(this.finder.record(id, OperationEditing.actor(this.writer)).orElseThrow().rows())
			.extracting(OperationViews.RecordedRow::number, OperationViews.RecordedRow::description)
			.containsExactly(tuple(1, "Heroin"), tuple(2, "Cocaine"));
		assertThat(this.jdbc.queryForList("select position from tally_rows order by position", Integer.class))
			.containsExactly(1, 2);
		AuditEvent removed = trail(id).get(trail(id).size() - 1);
		assertThat(removed.getAction()).isEqualTo("OPERATION_ROW_REMOVED");
		assertThat(removed.getDetails())
			.isEqualTo("Removed row 2: 126 g Crack cocaine (Class A); the rows after it were renumbered");
	}

	@Test
	void aRemovalFromAnOutOfDatePageIsRefused() throws Exception {
		long id = created();
		addRow(id, row("ARRESTS", "", "", "49", "", false));
		long seen = versionOf(id);
		addRow(id, row("CHARGED", "", "", "11", "", false));

		this.mvc.perform(remove(id, 1, seen))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("problem", containsString("no row was removed")));
		this.mvc.perform(post("/press-office/operations/" + id + "/rows/1/remove").with(user(this.writer)).with(csrf()))
			.andExpect(flash().attribute("problem", containsString("no row was removed")));
		assertThat(rowCount()).isEqualTo(2);
		this.mvc.perform(remove(id, 3, versionOf(id))).andExpect(status().isNotFound());
		assertThat(rowCount()).isEqualTo(2);
	}

	@Test
	void aStaleSaveIsRefusedKeepingWhatWasTyped() throws Exception {
		Operation week = existing();
		long seen = version(week);
		this.mvc
			.perform(details("/press-office/operations/" + week.getId(),
					Map.of("name", "Changed by someone else", "version", String.valueOf(seen))))
			.andExpect(status().isFound());
		long current = versionOf(week.getId());

		this.mvc
			.perform(details("/press-office/operations/" + week.getId(),
					Map.of("name", "My careful rewording", "summary", "What I typed with care.", "version",
							String.valueOf(seen))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Someone else saved changes to this operation"),
					containsString("value=\"My careful rewording\""), containsString("What I typed with care."),
					containsString("Saved now"), containsString("Changed by someone else"),
					containsString("name=\"version\" value=\"" + current + "\""))));
		assertThat(this.operations.findById(week.getId()).orElseThrow().getName()).isEqualTo("Changed by someone else");
		assertThat(trail(week.getId())).hasSize(1);

		this.mvc
			.perform(details("/press-office/operations/" + week.getId(),
					Map.of("name", "My careful rewording", "version", String.valueOf(current))))
			.andExpect(status().isFound());
		assertThat(this.operations.findById(week.getId()).orElseThrow().getName()).isEqualTo("My careful rewording");
	}

	@Test
	void aSaveWithoutAVersionIsTreatedAsStale() throws Exception {
		Operation week = existing();
		this.mvc.perform(details("/press-office/operations/" + week.getId(), Map.of("name", "No version")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved changes")));
		assertThat(this.operations.findById(week.getId()).orElseThrow().getName())
			.isEqualTo("County Lines Intensification Week");
	}

	@Test
	void changesTheDatabaseCannotSaveInTimeAreKeptOnTheFormWithAClearMessage() throws Exception {
		long id = created();
		long version = versionOf(id);
		try (HeldLock slowTransaction = HeldLock.take(this.dataSource,
				"select id from operations where id = " + id + " for update")) {
			this.mvc
				.perform(details("/press-office/operations/" + id,
						Map.of("summary", "Arches at six stations.", "version", String.valueOf(version))))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().string(allOf(containsString("<title>Error: Operation Sceptre knife week"),
						containsString(OperationOfficeController.NOT_SAVED),
						containsString(">Arches at six stations.</textarea>"))));
			this.mvc
				.perform(post("/press-office/operations/" + id + "/rows").with(user(this.writer))
					.with(csrf())
					.params(row("DRUGS", "Heroin wraps", "A", "14.5", "GRAMS", false)))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().string(allOf(containsString(OperationOfficeController.NOT_SAVED),
						containsString("value=\"Heroin wraps\""), containsString("value=\"14.5\""))));
		}
		assertThat(this.operations.findById(id).orElseThrow().getSummary())
			.isEqualTo("A week of knife arches and weapon sweeps.");
		assertThat(versionOf(id)).isEqualTo(version);
		assertThat(rowCount()).isZero();
		assertThat(trail(id)).extracting(AuditEvent::getAction).containsExactly("OPERATION_CREATED");
	}

	@Test
	void rowChangesTheDatabaseCannotSaveInTimeAreKeptWithAClearMessage() throws Exception {
		long id = created();
		addRow(id, row("ARRESTS", "", "", "49", "", false));
		long version = versionOf(id);
		MultiValueMap<String, String> changed = row("ARRESTS", "", "", "51", "", false);
		changed.add("version", String.valueOf(version));
		changed.add("rowReason", "Two more arrests on the last day");
		try (HeldLock slowTransaction = HeldLock.take(this.dataSource,
				"select id from operations where id = " + id + " for update")) {
			this.mvc
				.perform(post("/press-office/operations/" + id + "/rows/1").with(user(this.writer))
					.with(csrf())
					.params(changed))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().string(allOf(containsString(OperationOfficeController.NOT_SAVED),
						containsString("value=\"51\""), containsString("Two more arrests on the last day"))));
			this.mvc.perform(remove(id, 1, version).param("reason", "Counted twice"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().string(allOf(containsString(OperationOfficeController.NOT_SAVED),
						containsString(">Counted twice</textarea>"))));
		}
		assertThat(rowCount()).isEqualTo(1);
		assertThat(versionOf(id)).isEqualTo(version);
		assertThat(trail(id)).extracting(AuditEvent::getAction)
			.containsExactly("OPERATION_CREATED", "OPERATION_ROW_ADDED");
	}

	@Test
	void everyChangeLeavesAnAuditEvent() throws Exception {
		long id = created();
		this.mvc
			.perform(details("/press-office/operations/" + id,
					Map.of("summary", "A new summary.", "version", String.valueOf(versionOf(id)))))
			.andExpect(status().isFound());
		addRow(id, row("ARRESTS", "", "", "49", "", false));
		this.mvc.perform(remove(id, 1, versionOf(id))).andExpect(status().isFound());

		List<AuditEvent> trail = trail(id);
		assertThat(trail).extracting(AuditEvent::getAction)
			.containsExactly("OPERATION_CREATED", "OPERATION_EDITED", "OPERATION_ROW_ADDED", "OPERATION_ROW_REMOVED");
		assertThat(trail).extracting(AuditEvent::getSubjectType).containsOnly("operation");
		assertThat(trail).extracting(AuditEvent::getSubjectLabel).containsOnly("Operation Sceptre knife week");
		assertThat(trail).extracting(AuditEvent::getActorName).containsOnly(this.writer.getUsername());
		assertThat(trail.get(1).getDetails()).isEqualTo("Changed summary");
		assertThat(trail.get(3).getDetails()).isEqualTo("Removed row 1: 49 arrests");
	}

	@Test
	void everyPostWithoutACsrfTokenIsForbidden() throws Exception {
		Operation week = existing();
		long id = week.getId();
		long version = version(week);
		this.mvc.perform(post("/press-office/operations").with(user(this.writer)).params(detailParams(Map.of())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/press-office/operations/" + id).with(user(this.writer))
				.params(detailParams(Map.of("name", "Forged", "version", String.valueOf(version)))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/press-office/operations/" + id + "/rows").with(user(this.writer))
				.params(row("ARRESTS", "", "", "1", "", false)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/press-office/operations/" + id + "/rows/1/remove").with(user(this.writer))
				.with(csrf().useInvalidToken())
				.param("version", String.valueOf(version)))
			.andExpect(status().isForbidden());
		assertThat(this.operations.count()).isEqualTo(1);
		assertThat(this.operations.findById(id).orElseThrow().getName()).isEqualTo("County Lines Intensification Week");
		assertThat(rowCount()).isEqualTo(2);
		assertThat(trail(id)).isEmpty();
	}

	@Test
	void anUnknownOperationIsNotFound() throws Exception {
		this.mvc.perform(get("/press-office/operations/999999").with(user(this.writer)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/press-office/operations/999999/rows").with(user(this.writer))
				.with(csrf())
				.params(row("ARRESTS", "", "", "1", "", false)))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePublicPagesAreUnchangedForReaders() throws Exception {
		published();
		this.mvc.perform(get("/operations/county-lines-week"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Arrests"), containsString("49"),
					not(containsString("/press-office/operations")), not(containsString("Remove")))));
	}

	private void refusedRow(MultiValueMap<String, String> row, String field, String message) throws Exception {
		long id = created();
		this.mvc
			.perform(post("/press-office/operations/" + id + "/rows").with(user(this.writer)).with(csrf()).params(row))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("tallyRowForm", field))
			.andExpect(content().string(allOf(containsString("There is a problem"), containsString(message),
					containsString("href=\"#" + field + "\""), containsString("id=\"" + field + "-error\""),
					containsString("value=\"" + row.getFirst("quantity") + "\""))));
		assertThat(rowCount()).isZero();
		assertThat(trail(id)).extracting(AuditEvent::getAction).containsExactly("OPERATION_CREATED");
	}

	/** A draft of two rows, as a writer leaves it. */
	private Operation existing() {
		return this.data.draftOperation("county-lines-week", "County Lines Intensification Week",
				List.of(TallyLine.count(TallyKind.ARRESTS, 49), TallyLine.cash(9_650_900, false)));
	}

	private Operation published() {
		return this.data.operation("county-lines-week", "County Lines Intensification Week",
				List.of(TallyLine.count(TallyKind.ARRESTS, 49), TallyLine.cash(9_650_900, false)), Set.of());
	}

	private PressOfficer editor() {
		return this.data.officer(Role.EDITOR);
	}

	/** The writer submits, and an editor who has not touched it publishes it. */
	private void publishThroughReview(long id) throws Exception {
		this.mvc
			.perform(post("/press-office/operations/" + id + "/submit").with(user(this.writer))
				.with(csrf())
				.param("version", String.valueOf(versionOf(id))))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/press-office/operations/" + id + "/publish").with(user(editor()))
				.with(csrf())
				.param("version", String.valueOf(versionOf(id)))
				.param("confirmed", "true"))
			.andExpect(status().isFound());
		assertThat(this.operations.findById(id).orElseThrow().getStatus()).isEqualTo(OperationStatus.PUBLISHED);
	}

	private String officePage(long id) throws Exception {
		return this.mvc.perform(get("/press-office/operations/" + id).with(user(this.writer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Creates "Operation Sceptre knife week" through the press office. */
	private long created() throws Exception {
		String location = this.mvc.perform(details("/press-office/operations", Map.of()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String publicPage() throws Exception {
		return this.mvc.perform(get("/operations/operation-sceptre-knife-week"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void addRow(long id, MultiValueMap<String, String> row) throws Exception {
		this.mvc
			.perform(post("/press-office/operations/" + id + "/rows").with(user(this.writer)).with(csrf()).params(row))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/press-office/operations/" + id + "#results"));
	}

	private MockHttpServletRequestBuilder remove(long id, int number, long version) {
		return post("/press-office/operations/" + id + "/rows/" + number + "/remove").with(user(this.writer))
			.with(csrf())
			.param("version", String.valueOf(version));
	}

	private static MultiValueMap<String, String> row(String kind, String description, String drugClass, String quantity,
			String unit, boolean approximate) {
		LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("kind", kind);
		params.add("description", description);
		params.add("drugClass", drugClass);
		params.add("quantity", quantity);
		params.add("unit", unit);
		if (approximate) {
			params.add("approximate", "true");
		}
		params.add("_approximate", "on");
		return params;
	}

	private MockHttpServletRequestBuilder details(String url, Map<String, String> changes) {
		return post(url).with(user(this.writer)).with(csrf()).params(detailParams(changes));
	}

	/** A valid operation's details, with some fields changed. */
	private static MultiValueMap<String, String> detailParams(Map<String, String> changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "Operation Sceptre knife week");
		fields.put("codeName", "Sceptre");
		fields.put("ledBy", "Knife Crime Team");
		fields.put("startDay", "13");
		fields.put("startMonth", "5");
		fields.put("startYear", "2024");
		fields.put("endDay", "19");
		fields.put("endMonth", "05");
		fields.put("endYear", "2024");
		fields.put("summary", "A week of knife arches and weapon sweeps.");
		fields.put("_areas", "on");
		fields.putAll(changes);
		LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		fields.forEach(params::add);
		return params;
	}

	private long version(Operation operation) {
		return versionOf(operation.getId());
	}

	private long versionOf(long id) {
		return this.operations.findById(id).orElseThrow().getVersion();
	}

	private int rowCount() {
		return this.jdbc.queryForObject("select count(*) from tally_rows", Integer.class);
	}

	private List<AuditEvent> trail(long id) {
		return this.audit.trailOf("operation", id);
	}

}
