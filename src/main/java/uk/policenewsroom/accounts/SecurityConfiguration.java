package uk.policenewsroom.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import uk.policenewsroom.site.SecurityHeaders;

/**
 * Security for every response, and who may do what in the press office (docs/roles.md).
 * <p>
 * The CSRF token lives in the session (a planted cookie cannot stand in for it), and a
 * session starts only on a page that carries a form: reading the news sets no cookie at
 * all. Sessions live in PostgreSQL (Spring Session JDBC), so any instance serves any
 * request. Redirects are relative ({@code server.tomcat.use-relative-redirects}), so the
 * request's Host header never reaches one. Sign-ins, lock-outs, throttling and refusals
 * are recorded by {@link SecurityEvents}. A session ends a set time after sign-in however
 * active it is ({@link SessionLifetime}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionProperties.class)
class SecurityConfiguration {

	/**
	 * Editor-only actions on a release; everything else in the press office is for
	 * writers up.
	 */
	static final String[] EDITOR_RELEASE_ACTIONS = { "/press-office/releases/*/reject",
			"/press-office/releases/*/approve", "/press-office/releases/*/publish",
			"/press-office/releases/*/publish-without-review", "/press-office/releases/*/schedule",
			"/press-office/releases/*/unschedule", "/press-office/releases/*/withdraw",
			"/press-office/releases/*/remove", "/press-office/releases/*/restore",
			"/press-office/releases/*/correct/**" };

	/** Editor-only confirmation pages, whatever the method. */
	static final String[] EDITOR_RELEASE_PAGES = { "/press-office/releases/*/confirm-publish",
			"/press-office/releases/*/confirm-publish-without-review", "/press-office/releases/*/confirm-withdraw",
			"/press-office/releases/*/confirm-remove" };

	/**
	 * Editor-only decisions on an operation, their confirmation pages included; the
	 * {@code Operation} aggregate checks the same rules again.
	 */
	static final String[] EDITOR_OPERATION_ACTIONS = { "/press-office/operations/*/reject",
			"/press-office/operations/*/publish", "/press-office/operations/*/hide",
			"/press-office/operations/*/restore" };

	/** Admin-only pages. */
	static final String[] ADMIN_PAGES = { "/press-office/accounts/**", "/press-office/audit/**",
			"/press-office/notifications/**" };

	@Bean
	SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle, SecurityEvents events,
			List<SignedOutSubmissions> keepers, SessionProperties sessions, Clock clock) throws Exception {
		SessionLifetime lifetime = new SessionLifetime(sessions.absoluteTimeout(), clock);
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setRequestMatcher(
				(request) -> request.getRequestURI().startsWith(request.getContextPath() + "/press-office")
						&& "GET".equals(request.getMethod()));
		AuthenticationSuccessHandler success = new SavedPathSuccessHandler(requestCache);
		AccessDeniedHandlerImpl refusal = new AccessDeniedHandlerImpl();
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(ADMIN_PAGES)
			.hasRole("ADMIN")
			.requestMatchers("/press-office/feedback/**")
			.hasRole("EDITOR")
			.requestMatchers(HttpMethod.POST, EDITOR_RELEASE_ACTIONS)
			.hasRole("EDITOR")
			.requestMatchers(EDITOR_RELEASE_PAGES)
			.hasRole("EDITOR")
			.requestMatchers(EDITOR_OPERATION_ACTIONS)
			.hasRole("EDITOR")
			.requestMatchers("/press-office/**")
			.hasRole("WRITER")
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login").successHandler((request, response, authentication) -> {
				throttle.succeeded(request.getRemoteAddr(), authentication.getName());
				events.signedIn(request, authentication);
				lifetime.signedIn(request);
				success.onAuthenticationSuccess(request, response, authentication);
			}).failureHandler(failure(throttle, events)).permitAll())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
						.accessDeniedHandler((request, response, denied) -> {
							Authentication who = SecurityContextHolder.getContext().getAuthentication();
							events.accessRefused(request, who, (denied instanceof CsrfException) ? "csrf" : "role");
							if (denied instanceof CsrfException && (who == null || !who.isAuthenticated()
									|| who instanceof AnonymousAuthenticationToken)) {
								for (SignedOutSubmissions keeper : keepers) {
									if (keeper.keep(request, response)) {
										return;
									}
								}
							}
							refusal.handle(request, response, denied);
						}))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.addFilterBefore(new LoginThrottleFilter(throttle, events), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(lifetime, SecurityContextHolderFilter.class)
			.csrf((csrf) -> csrf.csrfTokenRepository(new HttpSessionCsrfTokenRepository()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader((permissions) -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
				.frameOptions((frames) -> frames.deny())
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				.cacheControl((cache) -> cache.disable()));
		return http.build();
	}

	private static AuthenticationFailureHandler failure(LoginThrottle throttle, SecurityEvents events) {
		SimpleUrlAuthenticationFailureHandler redirect = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, exception) -> {
			String typed = request.getParameter("username");
			if (throttle.failed(request.getRemoteAddr(), typed)) {
				events.lockedOut(request, typed);
			}
			else {
				events.signInFailed(request, typed);
			}
			redirect.onAuthenticationFailure(request, response, exception);
		};
	}

	@Bean
	RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_ADMIN > ROLE_EDITOR
				ROLE_EDITOR > ROLE_WRITER
				""");
	}

	/**
	 * Argon2 only: a delegating encoder that knows no other id, so no weak legacy hash
	 * (MD5, SHA-1, plain text) can ever be accepted.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

}
