package uk.policenewsroom.feedback;

import java.time.Instant;
import java.util.Locale;

/**
 * What the press office narrows the feedback inbox to, as the filter form sends it: part
 * of the page path, a rating from 1 to 5, a status, words in the text, and a range of
 * days received; each may be left out. Without a status, spam is left out.
 */
record InboxFilter(String path, Rating rating, FeedbackStatus status, String text, Instant from, Instant to) {

	/** The most a text search may be. */
	static final int TEXT_MAX = 200;

	static final InboxFilter NONE = new InboxFilter(null, null, null);

	InboxFilter(String path, Rating rating, FeedbackStatus status) {
		this(path, rating, status, null, null, null);
	}

	/**
	 * Reads the filter's query parameters.
	 * @throws IllegalArgumentException for a value the form could not have sent
	 */
	static InboxFilter of(String path, String rating, String status) {
		String cleanPath = blankToNull(path);
		if (cleanPath != null && cleanPath.length() > PagePaths.MAX) {
			throw new IllegalArgumentException("A page path is at most " + PagePaths.MAX + " characters");
		}
		return new InboxFilter(cleanPath, rating(blankToNull(rating)), status(blankToNull(status)));
	}

	/**
	 * This filter, also narrowed to feedback containing {@code text} and received in
	 * {@code [from, to)}.
	 * @throws IllegalArgumentException for a text longer than the form allows
	 */
	InboxFilter with(String text, Instant from, Instant to) {
		String cleanText = blankToNull(text);
		if (cleanText != null && cleanText.length() > TEXT_MAX) {
			throw new IllegalArgumentException("A search is at most " + TEXT_MAX + " characters");
		}
		return new InboxFilter(this.path, this.rating, this.status, cleanText, from, to);
	}

	private static Rating rating(String text) {
		if (text == null) {
			return null;
		}
		if (!text.matches("[1-5]")) {
			throw new IllegalArgumentException("A rating is a number from 1 to 5");
		}
		return Rating.ofScore(Integer.parseInt(text));
	}

	private static FeedbackStatus status(String text) {
		if (text == null) {
			return null;
		}
		FeedbackStatus status = FeedbackStatus.fromCode(text);
		if (status == null) {
			throw new IllegalArgumentException("A status is new, read, actioned or spam");
		}
		return status;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The path as a case-insensitive "contains" pattern, with LIKE's wildcards in what
	 * was typed taken literally: a search for "_" finds underscores, not everything.
	 */
	String pathPattern() {
		return containsPattern(this.path);
	}

	/** The text search as a pattern, as {@link #pathPattern()}. */
	String textPattern() {
		return containsPattern(this.text);
	}

	private static String containsPattern(String typed) {
		if (typed == null) {
			return null;
		}
		String literal = typed.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
		return "%" + literal + "%";
	}

	Short score() {
		return (this.rating != null) ? (short) this.rating.score() : null;
	}

	/** The rating as the filter form writes it. */
	public String ratingParam() {
		return (this.rating != null) ? String.valueOf(this.rating.score()) : null;
	}

	/** The status as the filter form writes it. */
	public String statusParam() {
		return (this.status != null) ? this.status.code() : null;
	}

}
