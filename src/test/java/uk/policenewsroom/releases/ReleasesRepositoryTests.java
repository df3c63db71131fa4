package uk.policenewsroom.releases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.policenewsroom.TestDatabase;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.DrugClass;
import uk.policenewsroom.operations.Operation;
import uk.policenewsroom.operations.Operations;
import uk.policenewsroom.operations.TallyKind;
import uk.policenewsroom.operations.TallyLine;
import uk.policenewsroom.operations.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway builds the schema on an empty PostgreSQL, Hibernate validates the mapping
 * against it, and the queries behind the public pages run on the real database.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabase.class)
class ReleasesRepositoryTests {

	private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

	@Autowired
	Releases releases;

	@Autowired
	Categories categories;

	@Autowired
	Areas areas;

	@Autowired
	Operations operations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void flywayCreatedTheSchemaAndTheCategories() {
		assertThat(this.jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isPositive();
		assertThat(this.categories.findAllByOrderByPositionAsc()).extracting(Category::getSlug)
			.startsWith("news", "appeal", "arrest", "charge", "court-result", "operation-results", "missing-person",
					"road-safety");
	}

	@Test
	void publishedReleasesComeNewestFirstWithoutDraftsOrFutureOnes() {
		Area harlow = this.areas.save(new Area("repo-harlow", "Repo Harlow", Area.Kind.TOWN));
		Release older = publish("repo-older", NOW.minusSeconds(7200), Set.of(harlow), "news");
		Release newer = publish("repo-newer", NOW.minusSeconds(3600), Set.of(), "appeal");
		publish("repo-future", NOW.plusSeconds(3600), Set.of(), "news");
		this.releases.save(Release.draft("repo-draft", content("Draft", "news", Set.of(), null), clock(NOW)));

		List<String> slugs = this.releases.findPublishedPage(NOW, null, null, 0, 100)
			.stream()
			.map(Release::getSlug)
			.toList();
		assertThat(slugs).containsSubsequence("repo-newer", "repo-older").doesNotContain("repo-future", "repo-draft");

		assertThat(this.releases.findPublishedPage(NOW, "appeal", null, 0, 100)).extracting(Release::getSlug)
			.contains(newer.getSlug())
			.doesNotContain(older.getSlug());
		assertThat(this.releases.findPublishedPage(NOW, null, "repo-harlow", 0, 100)).extracting(Release::getSlug)
			.containsExactly(older.getSlug());
	}

	@Test
	void pagesHoldTwentyAndCountTheRest() {
		for (int i = 0; i < 23; i++) {
			publish("repo-page-" + i, NOW.minusSeconds(60L * (i + 1)), Set.of(), "court-result");
		}
		List<Release> first = this.releases.findPublishedPage(NOW, "court-result", null, 0, 20);
		assertThat(first).hasSize(20);
		assertThat(this.releases.countPublished(NOW, "court-result", null)).isEqualTo(23);
		assertThat(first.get(0).getSlug()).isEqualTo("repo-page-0");
		assertThat(this.releases.findPublishedPage(NOW, "court-result", null, 20, 20)).hasSize(3);
		publish("repo-page-future", NOW.plusSeconds(90), Set.of(), "court-result");
		assertThat(this.releases.findNextPublicationAfter(NOW)).contains(NOW.plusSeconds(90));
	}

	@Test
	void anOperationKeepsItsRowsInOrderAndFindsItsReleases() {
		Clock clock = clock(NOW);
		Operation operation = new Operation("repo-op", "Repo operation", null, "Unit", LocalDate.of(2024, 5, 1),
				LocalDate.of(2024, 5, 7), "Summary", clock);
		operation.recordResults(List.of(TallyLine.count(TallyKind.ARRESTS, 3),
				TallyLine.drug("Heroin", DrugClass.A, "12.5", Unit.GRAMS), TallyLine.cash(5000, true)), clock);
		this.operations.saveAndFlush(operation);
		publish("repo-about-op", NOW.minusSeconds(60), Set.of(), "operation-results", operation.getId());

		Operation found = this.operations.findBySlug("repo-op").orElseThrow();
		assertThat(found.tally().lines()).extracting(TallyLine::kind)
			.containsExactly(TallyKind.ARRESTS, TallyKind.DRUGS, TallyKind.CASH);
		assertThat(found.tally().lines().get(1).quantity()).isEqualByComparingTo("12.5");
		assertThat(found.tally().lines().get(2).approximate()).isTrue();
		assertThat(this.releases.findPublishedAbout(operation.getId(), NOW)).extracting(Release::getSlug)
			.containsExactly("repo-about-op");
	}

	private Release publish(String slug, Instant at, Set<Area> areas, String category) {
		return publish(slug, at, areas, category, null);
	}

	private Release publish(String slug, Instant at, Set<Area> areas, String category, Long operationId) {
		Release release = Release.draft(slug, content(slug, category, areas, operationId), clock(at));
		release.recordAsPublished(clock(at));
		return this.releases.saveAndFlush(release);
	}

	private Release.Content content(String title, String category, Set<Area> areas, Long operationId) {
		return new Release.Content(title, "Summary", "Body", this.categories.findBySlug(category).orElseThrow(), areas,
				operationId);
	}

	private static Clock clock(Instant at) {
		return Clock.fixed(at, ZoneOffset.UTC);
	}

}
