package uk.policenewsroom.releases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.policenewsroom.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short fault drill that runs in every build (the long ones are in {@code drills/}):
 * the application, as a process of its own on an embedded PostgreSQL, is killed with
 * SIGKILL while scheduled releases are being published, then started again. Every due
 * release ends up published exactly once, at its scheduled time, with exactly one audit
 * row.
 */
class KillDuringPublishingDrillTests {

	private static final int RELEASES = 400;

	private static final int KILLS = 2;

	private static EmbeddedPostgres postgres;

	private static Path work;

	@BeforeAll
	static void database() throws IOException {
		work = Files.createTempDirectory("newsroom-drill");
		postgres = EmbeddedPostgres.builder()
			.setDataDirectory(work.resolve("postgres"))
			.setCleanDataDirectory(true)
			.start();
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void killedMidPublishEveryReleaseIsPublishedOnceWithOneAuditRow() throws Exception {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		Path log = work.resolve("app.log");
		String[] fast = { "--newsroom.scheduling.interval=PT0.1S", "--newsroom.scheduling.initial-delay=PT0S" };
		int killedMidway = 0;
		for (int round = 0; round < KILLS; round++) {
			AppProcess app = AppProcess.start(url, log, fast);
			if (round == 0) {
				// The first start has migrated the schema; its scheduler is already
				// polling.
				scheduleReleases(Instant.now().minusSeconds(5));
			}
			int published = awaitPublishedMoreThan(publishedCount(), 30_000);
			app.kill();
			if (published < RELEASES && publishedCount() < RELEASES) {
				killedMidway++;
			}
		}
		try (AppProcess app = AppProcess.start(url, log, fast)) {
			long deadline = System.nanoTime() + 60_000_000_000L;
			while (publishedCount() < RELEASES && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(publishedCount()).as(app.logTail()).isEqualTo(RELEASES);
		}
		assertThat(killedMidway).as("kills that landed with releases still unpublished").isPositive();
		try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
			assertThat(count(sql, "select count(*) from releases where status = 'PUBLISHED' and published_at = "
					+ "scheduled_at and slug like 'drill-%'"))
				.isEqualTo(RELEASES);
			assertThat(count(sql, "select count(*) from audit_events where action = 'RELEASE_PUBLISHED_ON_SCHEDULE'"))
				.isEqualTo(RELEASES);
			assertThat(count(sql,
					"select count(*) from (select subject_id from audit_events where action ="
							+ " 'RELEASE_PUBLISHED_ON_SCHEDULE' group by subject_id having count(*) <> 1) doubled"))
				.isZero();
			assertThat(count(sql, "select count(distinct subject_id) from audit_events"
					+ " where action = 'RELEASE_PUBLISHED_ON_SCHEDULE'"))
				.isEqualTo(RELEASES);
		}
	}

	private static void scheduleReleases(Instant due) throws SQLException {
		try (Connection db = postgres.getPostgresDatabase().getConnection();
				PreparedStatement insert = db.prepareStatement("""
						insert into releases (slug, title, summary, body, category_id, status, scheduled_at,
						    created_at, modified_at)
						values (?, ?, 'A drill release', 'Published by the scheduler during a drill.',
						    (select id from categories where slug = 'news'), 'SCHEDULED', ?, ?, ?)""")) {
			Timestamp at = Timestamp.from(due);
			for (int i = 0; i < RELEASES; i++) {
				insert.setString(1, "drill-" + i);
				insert.setString(2, "Drill release " + i);
				insert.setTimestamp(3, Timestamp.from(due.plusMillis(i)));
				insert.setTimestamp(4, at);
				insert.setTimestamp(5, at);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static int awaitPublishedMoreThan(int before, long millis) throws Exception {
		long deadline = System.nanoTime() + millis * 1_000_000;
		int published = publishedCount();
		while (published <= before && published < RELEASES && System.nanoTime() < deadline) {
			Thread.sleep(5);
			published = publishedCount();
		}
		return published;
	}

	private static int publishedCount() throws SQLException {
		try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
			return count(sql, "select count(*) from releases where status = 'PUBLISHED'");
		}
	}

	private static int count(Statement sql, String query) throws SQLException {
		try (ResultSet result = sql.executeQuery(query)) {
			result.next();
			return result.getInt(1);
		}
	}

}
