package uk.policenewsroom.site;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A failure that says the database could not be reached or did not answer within one of
 * its timeouts (docs/operations.md, "Timeouts"), as opposed to a bug. The whole page
 * becomes the 503 page ({@link DatabaseUnavailableFilter}); a form whose save failed so
 * is shown again with what was typed and {@link #answer a 503}.
 */
public final class DatabaseUnavailable {

	static final String RETRY_AFTER_SECONDS = "30";

	private static final int WHOLE_PAGE_BYTES = 256 * 1024;

	private static final String ANSWERED = DatabaseUnavailable.class.getName() + ".ANSWERED";

	private DatabaseUnavailable() {
	}

	/** Whether {@code failure}, or anything that caused it, is the database failing. */
	public static boolean isCauseOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			for (Throwable suppressed : cause.getSuppressed()) {
				if (isCauseOf(suppressed)) {
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
					|| isPostgresTimeoutOrConnectionFailure(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * The status and Retry-After of a page given while the database is failing. Call it
	 * before the page is written: the page is then held whole until the end of the
	 * request, so that when saving the session fails too (a full disk refuses every
	 * write) it is still the page sent, rather than cut off part-way by the session's
	 * save.
	 */
	public static void answer(HttpServletResponse response) {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.setBufferSize(Math.max(response.getBufferSize(), WHOLE_PAGE_BYTES));
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(ANSWERED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/** Whether this request's page is one that {@link #answer} made. */
	static boolean answered(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(ANSWERED));
	}

	/**
	 * PostgreSQL's own codes: class 08 (connection exception), class 53 (insufficient
	 * resources: disk full, out of memory, too many connections), 57014 (statement
	 * cancelled by statement_timeout), 55P03 (a lock not granted within lock_timeout),
	 * 57P01-57P03 (server shutting down or starting); and the pool's words for a
	 * connection the server has dropped (found by a rollback, say).
	 */
	private static boolean isPostgresTimeoutOrConnectionFailure(Throwable cause) {
		if (!(cause instanceof SQLException sql)) {
			return false;
		}
		String state = sql.getSQLState();
		if (state != null && (state.startsWith("08") || state.startsWith("53") || state.equals("57014")
				|| state.equals("55P03") || state.startsWith("57P"))) {
			return true;
		}
		return "Connection is closed".equals(sql.getMessage());
	}

}
