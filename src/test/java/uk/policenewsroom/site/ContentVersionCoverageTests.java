package uk.policenewsroom.site;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.policenewsroom.NewsroomTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table is either watched by the content-version trigger or known to be read by no
 * public page, so a table added by a later migration cannot be forgotten by the page
 * cache.
 */
@NewsroomTest
class ContentVersionCoverageTests {

	/**
	 * Tables that no public page the page cache keeps reads. A new table goes here only
	 * if that is true; otherwise its migration adds the trigger (docs/architecture.md,
	 * "The page cache"). {@code embargo_links} is read only by {@code /preview/{token}},
	 * which is never kept, and is written at every opening, which must not empty the
	 * cache.
	 */
	private static final List<String> NOT_ON_PUBLIC_PAGES = List.of("accounts", "audit_events", "content_version",
			"embargo_links", "feedback", "feedback_buckets", "flyway_schema_history", "login_buckets", "notifications",
			"release_editors", "release_contributors", "release_legal_acknowledgements", "release_revisions",
			"spring_session", "spring_session_attributes");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ContentVersion version;

	@Test
	void everyTableIsWatchedOrReadByNoPublicPage() {
		List<String> unwatched = this.jdbc.queryForList("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind in ('r', 'p')
				  and not exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
				                  where t.tgrelid = c.oid and p.proname = 'bump_content_version')
				""", String.class);
		assertThat(unwatched).containsExactlyInAnyOrderElementsOf(NOT_ON_PUBLIC_PAGES);
	}

	@Test
	void aCommittedChangeMovesTheGenerationAtOnceAndARolledBackOneDoesNot() {
		long before = this.version.generation();
		this.transactions.executeWithoutResult(
				(status) -> this.jdbc.update("update categories set name = name where slug = 'appeal'"));
		long after = this.version.generation();
		assertThat(after).isGreaterThan(before);

		long versionBefore = currentVersion();
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update("update categories set name = name where slug = 'appeal'");
			status.setRollbackOnly();
		});
		assertThat(currentVersion()).isEqualTo(versionBefore);
	}

	private long currentVersion() {
		return this.jdbc.queryForObject("select version from content_version", Long.class);
	}

}
