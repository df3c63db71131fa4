package uk.policenewsroom.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A press-office session ends a set time after sign-in however active it is (ASVS 7.3.2),
 * on a clock the test moves.
 */
class SessionLifetimeTests {

	private static final Instant SIGN_IN = Instant.parse("2026-11-28T07:00:00Z");

	private final MovableClock clock = new MovableClock(SIGN_IN);

	private final SessionLifetime lifetime = new SessionLifetime(Duration.ofHours(12), this.clock);

	private final MockHttpSession session = new MockHttpSession();

	@AfterEach
	void forget() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void activityDoesNotKeepASessionAliveBeyondItsLifetime() throws Exception {
		signIn();
		for (Duration after : List.of(Duration.ofMinutes(25), Duration.ofHours(6), Duration.ofHours(11),
				Duration.ofHours(12).minusSeconds(1))) {
			this.clock.set(SIGN_IN.plus(after));
			assertThat(pressOfficePage().getRedirectedUrl()).as("after %s", after).isNull();
		}
		this.clock.set(SIGN_IN.plus(Duration.ofHours(12)));
		MockHttpServletResponse ended = pressOfficePage();
		assertThat(ended.getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(this.session.isInvalid()).isTrue();
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test
	void anEndedSessionOnAPublicPageIsServedAsAnyReaderIs() throws Exception {
		signIn();
		this.clock.set(SIGN_IN.plus(Duration.ofHours(13)));
		MockHttpServletRequest request = request("/news");
		MockFilterChain chain = new MockFilterChain();
		this.lifetime.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(this.session.isInvalid()).isTrue();
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test
	void aFormSentAfterTheLifetimeGoesOnSignedOutSoItsWordsCanBeKept() throws Exception {
		signIn();
		this.clock.set(SIGN_IN.plus(Duration.ofHours(12)));
		MockHttpServletRequest save = request("/press-office/releases/7");
		save.setMethod("POST");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.lifetime.doFilter(save, response, chain);
		assertThat(response.getRedirectedUrl()).isNull();
		assertThat(chain.getRequest()).isNotNull();
		assertThat(this.session.isInvalid()).isTrue();
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test
	void aSignedInSessionFromBeforeTheLimitExistedStartsItsClockAtItsNextRequest() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("wendy@newsroom.test", null,
					List.of(new SimpleGrantedAuthority("ROLE_WRITER"))));
		this.clock.set(SIGN_IN.plus(Duration.ofHours(1)));
		assertThat(pressOfficePage().getRedirectedUrl()).isNull();
		assertThat(this.session.getAttribute(SessionLifetime.SIGNED_IN_AT))
			.isEqualTo(SIGN_IN.plus(Duration.ofHours(1)));
		this.clock.set(SIGN_IN.plus(Duration.ofHours(13)));
		assertThat(pressOfficePage().getRedirectedUrl()).isEqualTo("/login?expired");
	}

	@Test
	void aVisitorsSessionWithoutASignInIsLeftAlone() throws Exception {
		this.clock.set(SIGN_IN.plus(Duration.ofDays(3)));
		assertThat(pressOfficePage().getRedirectedUrl()).isNull();
		assertThat(this.session.isInvalid()).isFalse();
		assertThat(this.session.getAttribute(SessionLifetime.SIGNED_IN_AT)).isNull();
	}

	@Test
	void theLifetimeIsConfigurableAndSaidInWords() {
		assertThat(new SessionProperties(null).absoluteTimeout()).isEqualTo(Duration.ofHours(12));
		assertThat(new SessionProperties(null).absoluteTimeoutText()).isEqualTo("12 hours");
		assertThat(new SessionProperties(Duration.ofHours(1)).absoluteTimeoutText()).isEqualTo("1 hour");
		assertThat(new SessionProperties(Duration.ofMinutes(90)).absoluteTimeoutText()).isEqualTo("90 minutes");
		assertThatIllegalArgumentException().isThrownBy(() -> new SessionProperties(Duration.ZERO));
	}

	private void signIn() {
		MockHttpServletRequest login = request("/login");
		this.lifetime.signedIn(login);
		assertThat(this.session.getAttribute(SessionLifetime.SIGNED_IN_AT)).isEqualTo(SIGN_IN);
	}

	private MockHttpServletResponse pressOfficePage() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.lifetime.doFilter(request("/press-office/releases"), response, new MockFilterChain());
		return response;
	}

	private MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setSession(this.session);
		return request;
	}

	/** A clock the test sets. */
	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void set(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
