package uk.policenewsroom.releases;

/**
 * Where a release is in its life, after GOV.UK's publisher: drafted, submitted for
 * review, rejected back to the writer, scheduled, published, withdrawn (the page stays,
 * with a notice), removed for legal reasons (the page answers 410 Gone with only a
 * notice).
 */
public enum ReleaseStatus {

	DRAFT("Draft"), SUBMITTED("Submitted for review"), REJECTED("Rejected"), SCHEDULED("Scheduled"),
	PUBLISHED("Published"), WITHDRAWN("Withdrawn"), REMOVED("Removed");

	private final String label;

	ReleaseStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Never published: can still be deleted, previewed, and its slug changed freely. */
	public boolean isUnpublished() {
		return this == DRAFT || this == SUBMITTED || this == REJECTED || this == SCHEDULED;
	}

}
