package uk.policenewsroom.accounts;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each audit code means in plain words, in one place. A code with no label (one
 * added by a newer feature before its label) is still shown readably:
 * {@code ARCHIVE_EXPORTED} reads "Archive exported". {@code AuditActionsTests} checks
 * that every code the code records has a label here.
 */
public final class AuditActions {

	private static final Map<String, String> LABELS = new TreeMap<>(Map.ofEntries(
			Map.entry("ACCOUNT_CREATED", "Created an account"), Map.entry("ACCOUNT_DISABLED", "Disabled an account"),
			Map.entry("ACCOUNT_ENABLED", "Enabled an account"),
			Map.entry("ACCOUNT_PASSWORD_RESET", "Reset someone's password"),
			Map.entry("ACCOUNT_ROLE_CHANGED", "Changed someone's role"),
			Map.entry("ACCOUNT_UNLOCKED", "Cleared an account's sign-in lock-outs"),
			Map.entry("PASSWORD_CHANGED", "Changed their own password"),
			Map.entry("FEEDBACK_MARKED_NEW", "Marked feedback as new"),
			Map.entry("FEEDBACK_MARKED_READ", "Marked feedback as read"),
			Map.entry("FEEDBACK_MARKED_ACTIONED", "Marked feedback as actioned"),
			Map.entry("FEEDBACK_MARKED_SPAM", "Marked feedback as spam"),
			Map.entry("FEEDBACK_DELETED_BY_RETENTION", "Deleted old feedback (retention)"),
			Map.entry("NOTIFICATION_RETRIED", "Sent a failed email again"),
			Map.entry("OPERATION_CREATED", "Created an operation"),
			Map.entry("OPERATION_EDITED", "Edited an operation"),
			Map.entry("OPERATION_ROW_ADDED", "Added a result to an operation"),
			Map.entry("OPERATION_ROW_REMOVED", "Removed a result from an operation"),
			Map.entry("PREVIEW_LINK_CREATED", "Made an embargo link"),
			Map.entry("PREVIEW_LINK_CANCELLED", "Cancelled an embargo link"),
			Map.entry("RELEASE_APPROVED", "Approved a release published without review"),
			Map.entry("RELEASE_CORRECTED_MINOR", "Made a minor correction"),
			Map.entry("RELEASE_CREATED", "Created a release"), Map.entry("RELEASE_DELETED", "Deleted a release"),
			Map.entry("RELEASE_IMAGE_REMOVED", "Removed the lead image"),
			Map.entry("RELEASE_IMAGE_SET", "Set the lead image"), Map.entry("RELEASE_PUBLISHED", "Published a release"),
			Map.entry("RELEASE_PUBLISHED_ON_SCHEDULE", "Published a scheduled release"),
			Map.entry("RELEASE_PUBLISHED_WITHOUT_REVIEW", "Published without review"),
			Map.entry("RELEASE_REJECTED", "Sent a release back to the writer"),
			Map.entry("RELEASE_SAVED", "Saved a release"), Map.entry("RELEASE_SCHEDULED", "Scheduled a release"),
			Map.entry("RELEASE_SUBMITTED", "Submitted a release for review"),
			Map.entry("RELEASE_UNSCHEDULED", "Unscheduled a release"),
			Map.entry("RELEASE_UPDATED", "Updated a published release"),
			Map.entry("ACCESS_REFUSED", "Was refused a page or action"),
			Map.entry("FEEDBACK_THROTTLED", "Sent feedback too often (refused)"),
			Map.entry("OPERATION_HIDDEN", "Hid an operation from the public"),
			Map.entry("OPERATION_PUBLISHED", "Published an operation"),
			Map.entry("OPERATION_REJECTED", "Sent an operation back to the writer"),
			Map.entry("OPERATION_RESTORED", "Showed a hidden operation again"),
			Map.entry("OPERATION_ROW_EDITED", "Changed a result of an operation"),
			Map.entry("OPERATION_SUBMITTED", "Submitted an operation for review"),
			Map.entry("PASSWORD_CHECK_FAILED", "Gave a wrong current password"),
			Map.entry("PASSWORD_CHECK_THROTTLED", "Tried the current password too often (refused)"),
			Map.entry("RELEASE_REMOVED", "Removed a release for legal reasons"),
			Map.entry("RELEASE_RESTORED", "Restored a withdrawn or removed release"),
			Map.entry("SIGN_IN_FAILED", "Failed to sign in"),
			Map.entry("SIGN_IN_LOCKED_OUT", "Was locked out after failed sign-ins"),
			Map.entry("SIGN_IN_SUCCEEDED", "Signed in"),
			Map.entry("SIGN_IN_THROTTLED", "Tried to sign in too often (refused)"),
			Map.entry("RELEASE_WITHDRAWN", "Withdrew a release")));

	private static final Map<String, String> SUBJECTS = Map.of("release", "Release", "operation", "Operation",
			"account", "Account", "feedback", "Feedback", "notification", "Email");

	private AuditActions() {
	}

	/** The plain-language action for a code. */
	public static String label(String code) {
		String label = LABELS.get(code);
		return (label != null) ? label : humanised(code);
	}

	/** Whether this code has a label of its own. */
	public static boolean isLabelled(String code) {
		return LABELS.containsKey(code);
	}

	/** What kind of thing a subject type is, in words. */
	public static String subject(String type) {
		String label = SUBJECTS.get(type);
		return (label != null) ? label : humanised(type);
	}

	private static String humanised(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String words = code.strip().replace('_', ' ').toLowerCase(Locale.UK);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
