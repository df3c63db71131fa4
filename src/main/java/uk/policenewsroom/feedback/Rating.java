package uk.policenewsroom.feedback;

/**
 * How a visitor rates the page they were on.
 */
public enum Rating {

	VERY_POOR(1, "Very poor"), POOR(2, "Poor"), NEITHER(3, "Neither good nor poor"), GOOD(4, "Good"),
	VERY_GOOD(5, "Very good");

	private final int score;

	private final String label;

	Rating(int score, String label) {
		this.score = score;
		this.label = label;
	}

	public int score() {
		return this.score;
	}

	public String label() {
		return this.label;
	}

	/** The rating with this score, as stored. */
	static Rating ofScore(int score) {
		for (Rating rating : values()) {
			if (rating.score == score) {
				return rating;
			}
		}
		throw new IllegalArgumentException("No rating scores " + score);
	}

}
