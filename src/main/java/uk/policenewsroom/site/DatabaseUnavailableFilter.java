package uk.policenewsroom.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the database cannot be reached, or does not answer within its timeouts, the
 * visitor gets the "problem with the service" page with a 503 and a Retry-After, as a
 * load balancer and a person both understand, rather than a 500 or a hang. Placed first,
 * so that a failure to load or save a session is caught too. A page that already answers
 * 503 ({@link DatabaseUnavailable#answer}, a form kept with what was typed) is sent as it
 * is when saving the session fails after it.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!DatabaseUnavailable.isCauseOf(ex) || response.isCommitted()) {
				throw ex;
			}
			if (DatabaseUnavailable.answered(request)) {
				// The page already says that the database failed (a form shown again with
				// what was typed) and is still whole in the buffer; saving the session
				// afterwards failed too, and a filter on the way out made the status 500.
				log.warn("Database unavailable for {} {} after its page was ready: {}", request.getMethod(),
						request.getRequestURI(), rootCause(ex).toString());
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				return;
			}
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
					rootCause(ex).toString());
			response.resetBuffer();
			DatabaseUnavailable.answer(response);
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

}
