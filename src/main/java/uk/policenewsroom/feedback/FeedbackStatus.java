package uk.policenewsroom.feedback;

import java.util.Locale;

/**
 * Where a piece of feedback is in the press office's triage. Spam is left out of the
 * inbox unless asked for, and deleted with the rest at the end of the retention period.
 * {@code code} is how the inbox's filter and the CSV write it.
 */
public enum FeedbackStatus {

	NEW("New"), READ("Read"), ACTIONED("Actioned"), SPAM("Spam");

	private final String label;

	FeedbackStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The status a filter names ("new", "read", "actioned", any case), or null if none.
	 */
	static FeedbackStatus fromCode(String code) {
		for (FeedbackStatus status : values()) {
			if (status.code().equalsIgnoreCase(code)) {
				return status;
			}
		}
		return null;
	}

}
