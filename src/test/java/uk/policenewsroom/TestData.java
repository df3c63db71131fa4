package uk.policenewsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.policenewsroom.accounts.AccountAdministration;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.Operation;
import uk.policenewsroom.operations.Operations;
import uk.policenewsroom.operations.TallyLine;
import uk.policenewsroom.releases.Categories;
import uk.policenewsroom.releases.Release;
import uk.policenewsroom.releases.Releases;
import uk.policenewsroom.site.Slugs;

/**
 * Builds the releases, operations and areas a test needs, through the aggregates' own
 * methods, and empties the tables between tests that count rows.
 */
public class TestData {

	/** The password of every account that {@link #officer} makes. */
	public static final String PASSWORD = "correct horse battery staple";

	private final JdbcTemplate jdbc;

	private final AccountAdministration administration;

	private int officers;

	private final TransactionTemplate transactions;

	private final Areas areas;

	private final Categories categories;

	private final Operations operations;

	private final Releases releases;

	public TestData(JdbcTemplate jdbc, TransactionTemplate transactions, AccountAdministration administration,
			Areas areas, Categories categories, Operations operations, Releases releases) {
		this.jdbc = jdbc;
		this.administration = administration;
		this.transactions = transactions;
		this.areas = areas;
		this.categories = categories;
		this.operations = operations;
		this.releases = releases;
	}

	/** In a transaction, so that every instance's page cache hears of it at once. */
	public void reset() {
		this.transactions.executeWithoutResult((status) -> this.jdbc.execute(
				"truncate release_areas, releases, tally_rows, operation_changes, operation_areas, operations, areas, feedback,"
						+ " audit_events, accounts, spring_session, spring_session_attributes, login_buckets, feedback_buckets,"
						+ " images, notifications restart identity cascade"));
	}

	/** A signed-in press officer of this role, with an account in the database. */
	public PressOfficer officer(Role role) {
		return officer(role,
				role.name().toLowerCase(java.util.Locale.ROOT) + "-" + (++this.officers) + "@newsroom.test");
	}

	public PressOfficer officer(Role role, String email) {
		return this.transactions.execute((status) -> this.administration
			.createBySystem(email, "Test " + role.label(), role, PASSWORD, "Test account")
			.toPressOfficer());
	}

	public Area area(String name) {
		return this.transactions.execute((status) -> this.areas.findBySlug(Slugs.from(name))
			.orElseGet(() -> this.areas.save(new Area(Slugs.from(name), name, Area.Kind.TOWN))));
	}

	/** A published operation, as those recorded before review existed. */
	public Operation operation(String slug, String name, List<TallyLine> results, Set<Area> covered) {
		return operation(slug, name, results, covered, true);
	}

	/** A published operation that ran between these dates. */
	public Operation operation(String slug, String name, LocalDate start, LocalDate end, List<TallyLine> results,
			Set<Area> covered) {
		Clock clock = Clock.fixed(Instant.parse("2022-03-14T09:00:00Z"), ZoneOffset.UTC);
		return this.transactions.execute((status) -> {
			Operation operation = draftOperationIn(slug, name, start, end, results, covered, clock);
			operation.recordAsPublished(clock);
			return this.operations.save(operation);
		});
	}

	/** A draft operation nobody has submitted: not public. */
	public Operation draftOperation(String slug, String name, List<TallyLine> results) {
		return operation(slug, name, results, Set.of(), false);
	}

	/**
	 * An operation submitted for review by {@code by}, who therefore may not publish it.
	 */
	public Operation submittedOperation(String slug, String name, List<TallyLine> results, PressOfficer by) {
		Clock clock = Clock.fixed(Instant.parse("2022-03-14T09:00:00Z"), ZoneOffset.UTC);
		return this.transactions.execute((status) -> {
			Operation operation = this.operations.save(draftOperationIn(slug, name, results, Set.of(), clock));
			operation.submit(new Operation.Actor(by.id(), by.role()), operation.getVersion(), clock);
			return operation;
		});
	}

	/**
	 * A published operation that {@code by}, an editor, has hidden: its address answers
	 * 410.
	 */
	public Operation hiddenOperation(String slug, String name, List<TallyLine> results, PressOfficer by) {
		Clock clock = Clock.fixed(Instant.parse("2022-03-14T09:00:00Z"), ZoneOffset.UTC);
		return this.transactions.execute((status) -> {
			Operation operation = draftOperationIn(slug, name, results, Set.of(), clock);
			operation.recordAsPublished(clock);
			operation = this.operations.save(operation);
			operation.hide(new Operation.Actor(by.id(), by.role()), operation.getVersion(), "Figures disputed", clock);
			return operation;
		});
	}

	private Operation operation(String slug, String name, List<TallyLine> results, Set<Area> covered,
			boolean published) {
		Clock clock = Clock.fixed(Instant.parse("2022-03-14T09:00:00Z"), ZoneOffset.UTC);
		return this.transactions.execute((status) -> {
			Operation operation = draftOperationIn(slug, name, results, covered, clock);
			if (published) {
				operation.recordAsPublished(clock);
			}
			return this.operations.save(operation);
		});
	}

	private static Operation draftOperationIn(String slug, String name, List<TallyLine> results, Set<Area> covered,
			Clock clock) {
		return draftOperationIn(slug, name, LocalDate.of(2022, 3, 7), LocalDate.of(2022, 3, 13), results, covered,
				clock);
	}

	private static Operation draftOperationIn(String slug, String name, LocalDate start, LocalDate end,
			List<TallyLine> results, Set<Area> covered, Clock clock) {
		Operation operation = new Operation(slug, name, "Raptor", "Serious Violence Unit", start, end,
				"A week of action against county lines drug dealing.", clock);
		operation.coverAreas(covered);
		operation.recordResults(results, clock);
		return operation;
	}

	public Release published(String slug, String title, String category, Instant at, Set<Area> about,
			Long operationId) {
		return save(slug, title, category, at, about, operationId, true);
	}

	public Release draft(String slug, String title) {
		return save(slug, title, "news", Instant.now(), Set.of(), null, false);
	}

	private Release save(String slug, String title, String category, Instant at, Set<Area> about, Long operationId,
			boolean publish) {
		Clock clock = Clock.fixed(at, ZoneOffset.UTC);
		return this.transactions.execute((status) -> {
			Release release = Release.draft(slug,
					new Release.Content(title, "Summary of " + title, "Body of **" + title + "**.",
							this.categories.findBySlug(category).orElseThrow(), about, operationId),
					clock);
			if (publish) {
				release.recordAsPublished(clock);
			}
			return this.releases.save(release);
		});
	}

}
