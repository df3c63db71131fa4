package uk.policenewsroom.operations;

import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.policenewsroom.NewsroomTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operations recorded before review existed were public at once; after the migration that
 * brings in review they must still be, published, with a history that says so. Run in a
 * schema of its own, from the first migration.
 */
@NewsroomTest
class OperationsMigrationTests {

	private static final String SCHEMA = "before_review";

	@Autowired
	DataSource dataSource;

	@Test
	void operationsRecordedBeforeReviewArePublishedAfterIt() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		try {
			flyway("7").migrate();
			jdbc.update("insert into " + SCHEMA + ".operations (slug, name, unit, start_date, end_date, summary,"
					+ " created_at, updated_at) values ('old-week', 'Old week', 'Unit', '2022-03-07', '2022-03-13',"
					+ " 'Summary', '2022-03-14T09:00:00Z', '2022-03-15T10:00:00Z')");

			flyway("20").migrate();

			Map<String, Object> operation = jdbc
				.queryForMap("select status, published_at from " + SCHEMA + ".operations where slug = 'old-week'");
			assertThat(operation.get("status")).isEqualTo("PUBLISHED");
			assertThat(operation.get("published_at")).isNotNull();
			assertThat(jdbc.queryForList("select kind, to_status from " + SCHEMA + ".operation_changes"))
				.containsExactly(Map.of("kind", "RECORDED_AS_PUBLISHED", "to_status", "PUBLISHED"));
			assertThat(OperationStatus.valueOf((String) operation.get("status")).isPubliclyVisible()).isTrue();
		}
		finally {
			jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

	private Flyway flyway(String target) {
		return Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(SCHEMA)
			.createSchemas(true)
			.locations("classpath:db/migration")
			.target(target)
			.load();
	}

}
