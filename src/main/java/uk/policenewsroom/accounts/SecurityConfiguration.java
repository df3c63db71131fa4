package uk.policenewsroom.accounts;

import java.util.Map;

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
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Security for every response, and who may do what in the press office (docs/roles.md).
 * <p>
 * The CSRF token lives in a cookie rather than a session, so the web tier keeps no state
 * for readers, and the cookie is only set on pages that carry a form: reading the news
 * sets no cookie at all. Press-office sessions live in PostgreSQL (Spring Session JDBC).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self'", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'");

	static final String PERMISSIONS_POLICY = String.join(", ", "camera=()", "microphone=()", "geolocation=()",
			"payment=()", "usb=()");

	/**
	 * Editor-only actions on a release; everything else in the press office is for
	 * writers up.
	 */
	static final String[] EDITOR_RELEASE_ACTIONS = { "/press-office/releases/*/reject",
			"/press-office/releases/*/approve", "/press-office/releases/*/publish", "/press-office/releases/*/schedule",
			"/press-office/releases/*/unschedule", "/press-office/releases/*/withdraw",
			"/press-office/releases/*/correct" };

	/** Admin-only pages. */
	static final String[] ADMIN_PAGES = { "/press-office/accounts/**", "/press-office/audit/**",
			"/press-office/notifications/**" };

	@Bean
	SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle) throws Exception {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Strict"));
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setRequestMatcher(
				(request) -> request.getRequestURI().startsWith(request.getContextPath() + "/press-office")
						&& "GET".equals(request.getMethod()));
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
		success.setDefaultTargetUrl("/press-office");
		success.setRequestCache(requestCache);
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(ADMIN_PAGES)
			.hasRole("ADMIN")
			.requestMatchers("/press-office/feedback/**")
			.hasRole("EDITOR")
			.requestMatchers(HttpMethod.POST, EDITOR_RELEASE_ACTIONS)
			.hasRole("EDITOR")
			.requestMatchers("/press-office/**")
			.hasRole("WRITER")
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login").successHandler((request, response, authentication) -> {
				throttle.succeeded(request.getRemoteAddr(), authentication.getName());
				success.onAuthenticationSuccess(request, response, authentication);
			}).failureHandler(failure(throttle)).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.frameOptions((frames) -> frames.deny())
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				.cacheControl((cache) -> cache.disable()));
		return http.build();
	}

	private static AuthenticationFailureHandler failure(LoginThrottle throttle) {
		SimpleUrlAuthenticationFailureHandler redirect = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, exception) -> {
			throttle.failed(request.getRemoteAddr(), request.getParameter("username"));
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
