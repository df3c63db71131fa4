package uk.policenewsroom.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute lifetime of a press-office session (ASVS 7.3.2): it ends a set time after
 * signing in however busy the officer has been, so a session left open on a shared
 * machine, or taken by someone else, cannot be kept alive by use. The time of signing in
 * is kept in the session, which Spring Session stores in PostgreSQL, so every instance
 * holds the same limit. When it has passed, the session is ended at the server; in the
 * press office the officer is sent to sign in again with a message saying why, and a
 * public page is simply served to them as to any reader.
 */
class SessionLifetime extends OncePerRequestFilter {

	static final String SIGNED_IN_AT = SessionLifetime.class.getName() + ".SIGNED_IN_AT";

	static final String ENDED = "/login?expired";

	private static final Logger log = LoggerFactory.getLogger(SessionLifetime.class);

	private final Duration limit;

	private final Clock clock;

	SessionLifetime(Duration limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	/** Starts the clock on the session an officer has just signed in with. */
	void signedIn(HttpServletRequest request) {
		request.getSession().setAttribute(SIGNED_IN_AT, this.clock.instant());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			Instant now = this.clock.instant();
			if (session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn) {
				if (!now.isBefore(signedIn.plus(this.limit))) {
					end(session, signedIn);
					// A page is sent to sign in. A form sent goes on without the session:
					// its CSRF token is refused, and the editor's words are kept
					// (SignedOutSubmissions) rather than lost in a redirect.
					if (request.getRequestURI().startsWith(request.getContextPath() + "/press-office")
							&& ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
						response.sendRedirect(request.getContextPath() + ENDED);
						return;
					}
				}
			}
			else if (isSignedIn()) {
				// A session from before this limit existed: its clock starts now.
				session.setAttribute(SIGNED_IN_AT, now);
			}
		}
		chain.doFilter(request, response);
	}

	private static void end(HttpSession session, Instant signedIn) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String who = (authentication != null) ? authentication.getName() : "unknown";
		log.atInfo()
			.addKeyValue("event", "SESSION_LIFETIME_ENDED")
			.addKeyValue("account", who)
			.setMessage("security event=SESSION_LIFETIME_ENDED outcome=success account=\"{}\" signed_in_at={}")
			.addArgument(who)
			.addArgument(signedIn)
			.log();
		session.invalidate();
		SecurityContextHolder.clearContext();
	}

	private static boolean isSignedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
