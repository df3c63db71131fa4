package uk.policenewsroom.releases;

/**
 * A transition the workflow does not allow, in words for the press officer who tried it,
 * and why: {@link Refusal} decides the HTTP status in {@code ReleaseOfficeAdvice}, the
 * one place that maps it.
 */
public class WorkflowException extends RuntimeException {

	private final Refusal refusal;

	public WorkflowException(String message) {
		this(Refusal.NOT_NOW, message);
	}

	public WorkflowException(Refusal refusal, String message) {
		super(message);
		this.refusal = refusal;
	}

	public Refusal refusal() {
		return this.refusal;
	}

	/** Why an action is refused. */
	public enum Refusal {

		/** Not in the release's present state. */
		NOT_NOW,

		/** Not by this officer: their role, or the second pair of eyes. */
		NOT_YOURS,

		/** Something the action needs is missing: a reason, an acknowledgement. */
		INCOMPLETE

	}

}
