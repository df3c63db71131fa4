package uk.policenewsroom.accounts;

/**
 * What a press officer may do. Each role can do everything the one before it can (see
 * {@code SecurityConfiguration} and docs/roles.md).
 */
public enum Role {

	/** Drafts, edits and submits releases for review; records operations. */
	WRITER("Writer"),

	/** Also reviews, schedules, publishes, corrects and withdraws; reads feedback. */
	EDITOR("Editor"),

	/** Also manages accounts and reads the audit log. */
	ADMIN("Admin");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
