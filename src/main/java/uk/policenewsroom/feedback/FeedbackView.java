package uk.policenewsroom.feedback;

import uk.policenewsroom.site.LondonTime;

/**
 * One piece of feedback as the press office sees it in the inbox and the CSV export.
 * {@code rating} and {@code email} may be null: both are optional on the form.
 */
record FeedbackView(long id, LondonTime.Shown received, String pagePath, Rating rating, FeedbackStatus status,
		String doing, String improve, String email) {

	static FeedbackView of(Feedback feedback) {
		return new FeedbackView(feedback.getId(), LondonTime.of(feedback.getReceivedAt()), feedback.getPagePath(),
				(feedback.getRating() != null) ? Rating.ofScore(feedback.getRating()) : null, feedback.getStatus(),
				feedback.getDoing(), feedback.getImprove(), feedback.getEmail());
	}

}
