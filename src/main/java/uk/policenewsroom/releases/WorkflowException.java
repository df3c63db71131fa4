package uk.policenewsroom.releases;

/**
 * A transition the workflow does not allow, in words for the press officer who tried it.
 */
public class WorkflowException extends RuntimeException {

	public WorkflowException(String message) {
		super(message);
	}

}
