package uk.policenewsroom.operations;

/**
 * A change the operations workflow does not allow now, in words for the press officer who
 * tried it: answered with 409 Conflict. Its two kinds say more: {@link NotAllowed} (403,
 * the person may not do it) and {@link Stale} (409, the operation changed since the
 * person read it). Mapped to HTTP in {@code OperationProblems}.
 */
public class OperationWorkflowException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public OperationWorkflowException(String message) {
		super(message);
	}

	/** The person's role, or their part in the version, rules the action out. */
	public static final class NotAllowed extends OperationWorkflowException {

		private static final long serialVersionUID = 1L;

		public NotAllowed(String message) {
			super(message);
		}

	}

	/**
	 * The action was decided on a version of the operation that is no longer the current
	 * one, so nothing was changed.
	 */
	public static final class Stale extends OperationWorkflowException {

		private static final long serialVersionUID = 1L;

		private final Long operationId;

		private final Long seenVersion;

		public Stale(Long operationId, Long seenVersion) {
			super("The operation has changed since it was read");
			this.operationId = operationId;
			this.seenVersion = seenVersion;
		}

		public Long operationId() {
			return this.operationId;
		}

		/** The version the person saw; {@code null} when the request carried none. */
		public Long seenVersion() {
			return this.seenVersion;
		}

	}

}
