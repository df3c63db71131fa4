package uk.policenewsroom.accounts;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Signing in, being throttled or locked out, and being refused: each goes to the audit
 * log and to the application log as one structured line
 * ({@code security event=... outcome=...
 * client=...}, with the same fields as SLF4J key-values for a JSON log format). Neither
 * ever holds a password, a session id or a CSRF token; what was typed as an email address
 * is kept only if it looks like one, since people type their password there by mistake.
 */
@Component
public class SecurityEvents {

	/** The audit log's action codes for these events. */
	public static final String SIGN_IN_SUCCEEDED = "SIGN_IN_SUCCEEDED";

	public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";

	public static final String SIGN_IN_LOCKED_OUT = "SIGN_IN_LOCKED_OUT";

	public static final String SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";

	public static final String ACCESS_REFUSED = "ACCESS_REFUSED";

	public static final String PASSWORD_CHECK_FAILED = "PASSWORD_CHECK_FAILED";

	public static final String PASSWORD_CHECK_THROTTLED = "PASSWORD_CHECK_THROTTLED";

	public static final String FEEDBACK_THROTTLED = "FEEDBACK_THROTTLED";

	private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);

	private static final String ANONYMOUS = "anonymous";

	private final AuditLog audit;

	private final Accounts accounts;

	SecurityEvents(AuditLog audit, Accounts accounts) {
		this.audit = audit;
		this.accounts = accounts;
	}

	void signedIn(HttpServletRequest request, Authentication authentication) {
		PressOfficer officer = (PressOfficer) authentication.getPrincipal();
		record(SIGN_IN_SUCCEEDED, "success", request, officer.id(), officer.getUsername(), officer.getUsername());
	}

	void signInFailed(HttpServletRequest request, String typed) {
		failure(SIGN_IN_FAILED, request, typed);
	}

	void lockedOut(HttpServletRequest request, String typed) {
		failure(SIGN_IN_LOCKED_OUT, request, typed);
	}

	void throttled(HttpServletRequest request, String typed) {
		failure(SIGN_IN_THROTTLED, request, typed);
	}

	void passwordCheckFailed(HttpServletRequest request, PressOfficer officer) {
		record(PASSWORD_CHECK_FAILED, "failure", request, officer.id(), officer.getUsername(), officer.getUsername());
	}

	void passwordCheckThrottled(HttpServletRequest request, PressOfficer officer) {
		record(PASSWORD_CHECK_THROTTLED, "failure", request, officer.id(), officer.getUsername(),
				officer.getUsername());
	}

	/**
	 * A request refused with a 403: a role it lacks, or a missing or wrong CSRF token.
	 */
	void accessRefused(HttpServletRequest request, Authentication authentication, String reason) {
		Long actorId = null;
		String actor = ANONYMOUS;
		if (authentication != null && authentication.getPrincipal() instanceof PressOfficer officer) {
			actorId = officer.id();
			actor = officer.getUsername();
		}
		String target = request.getMethod() + " " + clean(request.getRequestURI(), 200);
		structured(ACCESS_REFUSED, "failure", request, actor).addKeyValue("target", target)
			.addKeyValue("reason", reason)
			.setMessage("security event={} outcome=failure client={} actor=\"{}\" target=\"{}\" reason={}")
			.addArgument(ACCESS_REFUSED)
			.addArgument(request.getRemoteAddr())
			.addArgument(actor)
			.addArgument(target)
			.addArgument(reason)
			.log();
		save(actorId, actor, ACCESS_REFUSED, "request", null, target,
				"From " + request.getRemoteAddr() + ": " + reason);
	}

	/** Too much feedback from one client; the client is named by its daily hash only. */
	public void feedbackThrottled(HttpServletRequest request, String clientHash) {
		structured(FEEDBACK_THROTTLED, "failure", request, ANONYMOUS).addKeyValue("clientHash", clientHash)
			.setMessage("security event={} outcome=failure client={}")
			.addArgument(FEEDBACK_THROTTLED)
			.addArgument(request.getRemoteAddr())
			.log();
		save(null, ANONYMOUS, FEEDBACK_THROTTLED, "feedback", null, null, "Client " + clientHash);
	}

	private void failure(String event, HttpServletRequest request, String typed) {
		String account = typedAccount(typed);
		Long accountId = (account != null)
				? this.accounts.findByEmail(Account.normalise(account)).map(Account::getId).orElse(null) : null;
		record(event, "failure", request, null, ANONYMOUS, account, accountId);
	}

	private void record(String event, String outcome, HttpServletRequest request, Long actorId, String actor,
			String account) {
		record(event, outcome, request, actorId, actor, account, actorId);
	}

	private void record(String event, String outcome, HttpServletRequest request, Long actorId, String actor,
			String account, Long accountId) {
		String shown = (account != null) ? account : "(not an email address)";
		structured(event, outcome, request, actor).addKeyValue("account", shown)
			.setMessage("security event={} outcome={} client={} account=\"{}\"")
			.addArgument(event)
			.addArgument(outcome)
			.addArgument(request.getRemoteAddr())
			.addArgument(shown)
			.log();
		save(actorId, actor, event, "account", accountId, shown, "From " + request.getRemoteAddr());
	}

	private LoggingEventBuilder structured(String event, String outcome, HttpServletRequest request, String actor) {
		LoggingEventBuilder builder = "success".equals(outcome) ? log.atInfo() : log.atWarn();
		return builder.addKeyValue("event", event)
			.addKeyValue("outcome", outcome)
			.addKeyValue("client", request.getRemoteAddr())
			.addKeyValue("actor", actor);
	}

	private void save(Long actorId, String actor, String action, String subjectType, Long subjectId, String label,
			String details) {
		try {
			this.audit.recordSecurityEvent(actorId, actor, action, subjectType, subjectId, label, details);
		}
		catch (DataAccessException ex) {
			// The refusal or sign-in stands; the log line above is the record of it.
			log.atError()
				.addKeyValue("event", action)
				.setMessage("Could not write {} to the audit log: {}")
				.addArgument(action)
				.addArgument(ex.getClass().getSimpleName())
				.log();
		}
	}

	/**
	 * What was typed as an email address, if it looks like one: a password typed into the
	 * wrong field must not reach a log.
	 */
	static String typedAccount(String typed) {
		if (typed == null) {
			return null;
		}
		String stripped = typed.strip().toLowerCase(Locale.ROOT);
		if (stripped.length() > 254 || !stripped.matches("[^@\\s\"]+@[^@\\s\"]+\\.[^@\\s\"]+")) {
			return null;
		}
		return stripped;
	}

	private static String clean(String text, int max) {
		String cleaned = text.replaceAll("[\\p{Cntrl}\"]", "?");
		return (cleaned.length() > max) ? cleaned.substring(0, max) : cleaned;
	}

}
