package uk.policenewsroom.feedback;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * The beta feedback form as posted. {@code website} is a honeypot: people never see it,
 * so anything in it came from a bot.
 */
public class FeedbackForm {

	static final int TEXT_MAX = 2000;

	@Size(max = TEXT_MAX, message = "What you were doing must be {max} characters or fewer")
	private String doing;

	@Size(max = TEXT_MAX, message = "What could be better must be {max} characters or fewer")
	private String improve;

	private Rating rating;

	@Email(message = "Enter an email address in the correct format, like name@example.com")
	@Size(max = 254, message = "Email address must be {max} characters or fewer")
	private String email;

	private String from;

	private String website;

	public boolean saysSomething() {
		return !isBlank(this.doing) || !isBlank(this.improve);
	}

	public boolean isFromABot() {
		return !isBlank(this.website);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public String getDoing() {
		return this.doing;
	}

	public void setDoing(String doing) {
		this.doing = doing;
	}

	public String getImprove() {
		return this.improve;
	}

	public void setImprove(String improve) {
		this.improve = improve;
	}

	public Rating getRating() {
		return this.rating;
	}

	public void setRating(Rating rating) {
		this.rating = rating;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : null;
	}

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
