package uk.policenewsroom.operations;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an operation's results are in their life, in the words releases use: drafted,
 * submitted for review, rejected back to the writer, published, or hidden from the public
 * by an editor.
 */
public enum OperationStatus {

	DRAFT("Draft"), SUBMITTED("Submitted for review"), REJECTED("Rejected"), PUBLISHED("Published"), HIDDEN("Hidden");

	private final String label;

	OperationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The one rule of what the public may see of operations: published, nothing else.
	 * Every public page, feed and export asks this, through
	 * {@link Operations#findPubliclyVisible} or {@link Operation#isPubliclyVisible()}.
	 */
	public boolean isPubliclyVisible() {
		return this == PUBLISHED;
	}

	/** Every status that {@link #isPubliclyVisible()}, for queries. */
	public static Set<OperationStatus> publiclyVisible() {
		Set<OperationStatus> visible = EnumSet.noneOf(OperationStatus.class);
		for (OperationStatus status : values()) {
			if (status.isPubliclyVisible()) {
				visible.add(status);
			}
		}
		return visible;
	}

	/** Has been published, whether or not it is hidden now: changes are corrections. */
	public boolean hasBeenPublished() {
		return this == PUBLISHED || this == HIDDEN;
	}

	/** Still being written or reviewed: writers may change it. */
	public boolean isInReview() {
		return this == DRAFT || this == SUBMITTED || this == REJECTED;
	}

}
