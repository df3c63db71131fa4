package uk.policenewsroom.site;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the database cannot be reached, or does not answer within its timeouts, the
 * visitor gets the "problem with the service" page with a 503 and a Retry-After, as a
 * load balancer and a person both understand, rather than a 500 or a hang. Placed first,
 * so that a failure to load a session is caught too.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	static final String RETRY_AFTER_SECONDS = "30";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!isDatabaseUnavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
					rootCause(ex).toString());
			response.resetBuffer();
			response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

	static boolean isDatabaseUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			for (Throwable suppressed : cause.getSuppressed()) {
				if (isDatabaseUnavailable(suppressed)) {
					return true;
				}
			}
			if (cause instanceof DataAccessResourceFailureException || cause instanceof QueryTimeoutException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof TransactionTimedOutException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLRecoverableException || cause instanceof SQLTimeoutException
					|| cause instanceof SocketTimeoutException
					|| cause instanceof org.hibernate.exception.JDBCConnectionException
					|| isPostgresConnectionFailure(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * PostgreSQL's own codes: class 08 (connection exception), 57014 (statement cancelled
	 * by statement_timeout), 57P01-57P03 (server shutting down or starting); and the
	 * pool's words for a connection the server has dropped (found by a rollback, say).
	 */
	private static boolean isPostgresConnectionFailure(Throwable cause) {
		if (!(cause instanceof java.sql.SQLException sql)) {
			return false;
		}
		String state = sql.getSQLState();
		if (state != null && (state.startsWith("08") || state.equals("57014") || state.startsWith("57P"))) {
			return true;
		}
		return "Connection is closed".equals(sql.getMessage());
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

}
