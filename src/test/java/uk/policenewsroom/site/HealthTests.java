package uk.policenewsroom.site;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probes a load balancer can act on: readiness follows the database, liveness never does;
 * and a database that cannot be reached is a 503, never a 500.
 */
@NewsroomTest
class HealthTests {

	@LocalServerPort
	int port;

	@Autowired
	HealthEndpointGroups groups;

	@Test
	void readinessFollowsTheDatabaseAndLivenessDoesNot() throws IOException {
		assertThat(this.groups.get("readiness").isMember("db")).isTrue();
		assertThat(this.groups.get("liveness").isMember("db")).isFalse();
		RawHttp.Response readiness = RawHttp.get(this.port, "/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"");
		assertThat(RawHttp.get(this.port, "/actuator/health/liveness").status()).isEqualTo(200);
	}

	@Test
	void anUnreachableDatabaseIsA503WithRetryAfter() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new DatabaseUnavailableFilter().doFilter(new MockHttpServletRequest("GET", "/news"), response,
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {

					@Override
					protected void service(jakarta.servlet.http.HttpServletRequest request,
							jakarta.servlet.http.HttpServletResponse reply) {
						throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
								new SQLTransientConnectionException("Connection is not available, request timed out"));
					}

				}));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
	}

	@Test
	void otherFailuresAreNotMistakenForAnOutage() {
		assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("a bug"))).isFalse();
		assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException(new java.sql.SQLException("timeout", "57014"))))
			.isTrue();
		assertThat(
				DatabaseUnavailable.isCauseOf(new RuntimeException(new java.sql.SQLException("lock timeout", "55P03"))))
			.isTrue();
		assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException("Hibernate's wrapper",
				new java.sql.SQLException("could not extend file: No space left on device", "53100"))))
			.isTrue();
		assertThat(DatabaseUnavailable
			.isCauseOf(new RuntimeException(new java.sql.SQLException("unique violation", "23505")))).isFalse();
		RuntimeException rollbackFailed = new RuntimeException("Unable to rollback",
				new java.sql.SQLException("Connection is closed"));
		assertThat(DatabaseUnavailable.isCauseOf(rollbackFailed)).isTrue();
		IllegalStateException withSuppressed = new IllegalStateException("rollback failed");
		withSuppressed.addSuppressed(new java.sql.SQLTransientConnectionException("gone"));
		assertThat(DatabaseUnavailable.isCauseOf(withSuppressed)).isTrue();
	}

}
