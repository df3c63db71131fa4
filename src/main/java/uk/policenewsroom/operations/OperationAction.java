package uk.policenewsroom.operations;

/**
 * What a press officer may do to an operation. {@link Operation#allows} says, for a
 * person, which of these are open now; controllers and pages ask it rather than
 * re-deriving the rules.
 */
public enum OperationAction {

	/** Change the details or the rows of an operation that has not been published. */
	EDIT,

	/**
	 * Change a published (or hidden) operation: an editor's correction, with a reason.
	 */
	CORRECT,

	SUBMIT, REJECT, PUBLISH, HIDE, RESTORE

}
