package uk.policenewsroom.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a login attempt before the password is even checked when its address, or its
 * address and account, have failed too often: a 429 page through the layout.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final SecurityEvents events;

	LoginThrottleFilter(LoginThrottle throttle, SecurityEvents events) {
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && "/login".equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String typed = request.getParameter("username");
		if (!this.throttle.allows(request.getRemoteAddr(), typed)) {
			this.events.throttled(request, typed);
			response.setHeader("Retry-After", Long.toString(LoginThrottle.ACCOUNT_WINDOW.toSeconds()));
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
