package uk.policenewsroom.operations;

import jakarta.validation.constraints.Size;

/**
 * A workflow decision on an operation: the version it was decided on, a comment (a
 * rejection's, a reason for hiding) and, for what cannot be undone quietly, the
 * confirmation given on the confirmation page.
 */
public class DecisionForm {

	private Long version;

	@Size(max = Operation.REASON_MAX, message = "Keep it to {max} characters or fewer")
	private String comment;

	private boolean confirmed;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = (comment != null) ? comment.replace("\r\n", "\n") : null;
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

	boolean hasComment() {
		return this.comment != null && !this.comment.isBlank();
	}

}
