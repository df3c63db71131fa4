package uk.policenewsroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one place that decides which PostgreSQL the tests use: a Testcontainers PostgreSQL
 * 17 when Docker is available, otherwise an embedded PostgreSQL 17 started once per test
 * run in a fresh temporary folder. {@code -Dnewsroom.test.database=embedded} or
 * {@code =docker} overrides the guess.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	static final boolean DOCKER = useDocker();

	@Bean
	@ServiceConnection
	@Conditional(DockerChosen.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:17-alpine");
	}

	@Bean
	@Conditional(EmbeddedChosen.class)
	JdbcConnectionDetails embeddedPostgresConnectionDetails() {
		String url = Embedded.INSTANCE.getJdbcUrl("postgres", "postgres");
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

	private static boolean useDocker() {
		String chosen = System.getProperty("newsroom.test.database", "");
		if (chosen.equals("embedded")) {
			return false;
		}
		if (chosen.equals("docker")) {
			return true;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static final class DockerChosen implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return DOCKER;
		}

	}

	static final class EmbeddedChosen implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !DOCKER;
		}

	}

	/** Started on first use and shared by every Spring context of the run. */
	private static final class Embedded {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				return EmbeddedPostgres.builder()
					.setDataDirectory(Files.createTempDirectory("newsroom-test-postgres"))
					.setCleanDataDirectory(true)
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
