package uk.policenewsroom.site;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.QueryCounter;
import uk.policenewsroom.TestData;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.operations.DrugClass;
import uk.policenewsroom.operations.Operation;
import uk.policenewsroom.operations.TallyKind;
import uk.policenewsroom.operations.TallyLine;
import uk.policenewsroom.operations.Unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How many SQL statements each public page takes to render, with enough releases, areas,
 * operations and tally rows that a query per row (an N+1) would show. Counted by
 * {@link QueryCounter} on the request's thread, so the content-version poller's own
 * queries are not.
 */
@NewsroomTest
class PublicPageQueriesTests {

	@Autowired
	TestData data;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void content() {
		this.data.reset();
		List<Area> areas = List.of(this.data.area("Colchester"), this.data.area("Harlow"), this.data.area("Grays"));
		Operation operation = this.data.operation("week-of-action", "Week of action",
				List.of(TallyLine.count(TallyKind.ARRESTS, 12), TallyLine.cash(120_000, false),
						TallyLine.drug("Heroin", DrugClass.A, "14.2", Unit.GRAMS),
						TallyLine.drug("Cannabis", DrugClass.B, "900", Unit.GRAMS)),
				Set.copyOf(areas));
		for (String other : List.of("second-week", "third-week")) {
			this.data.operation(other, "Operation " + other, List.of(TallyLine.count(TallyKind.ARRESTS, 3),
					TallyLine.drug("Cocaine", DrugClass.A, "3", Unit.GRAMS)), Set.of(areas.get(0)));
		}
		Instant at = Instant.parse("2024-05-01T09:00:00Z");
		for (int i = 0; i < 30; i++) {
			this.data.published("release-" + i, "Release " + i, (i % 2 == 0) ? "appeal" : "arrest",
					at.minus(i, ChronoUnit.HOURS), Set.of(areas.get(i % 3), areas.get((i + 1) % 3)),
					(i == 0) ? operation.getId() : null);
		}
	}

	@ParameterizedTest(name = "{0} takes {1} statements")
	@CsvSource({ "/, 5", "/news, 5", "/news?page=2, 5", "/news?category=appeal, 5", "/news?area=harlow, 6",
			"/news/release-0, 3", "/news/release-1, 2", "/news.atom, 3", "/operations, 2",
			"/operations/week-of-action, 4", "/staying-safe-online, 0" })
	void aPublicPageTakesAFixedNumberOfStatements(String page, int statements) throws Exception {
		QueryCounter.start();
		this.mvc.perform(get(page)).andExpect(status().isOk());
		List<String> seen = QueryCounter.stop();
		assertThat(seen).as("the statements of %s", page).hasSize(statements);

		QueryCounter.start();
		this.mvc.perform(get(page)).andExpect(status().isOk());
		assertThat(QueryCounter.stop()).as("a kept page takes none").isEmpty();
	}

}
