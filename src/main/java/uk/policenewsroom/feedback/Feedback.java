package uk.policenewsroom.feedback;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a visitor told us about the beta site. It holds no IP address: {@code clientHash}
 * is a keyed hash that changes every day, enough to spot a flood without knowing who sent
 * it.
 */
@Entity
@Table(name = "feedback")
public class Feedback {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	private String doing;

	private String improve;

	private Short rating;

	private String email;

	@Column(name = "page_path")
	private String pagePath;

	@Column(name = "client_hash")
	private String clientHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FeedbackStatus status = FeedbackStatus.NEW;

	protected Feedback() {
	}

	Feedback(String doing, String improve, Rating rating, String email, String pagePath, String clientHash,
			Clock clock) {
		this.doing = blankToNull(doing);
		this.improve = blankToNull(improve);
		if (this.doing == null && this.improve == null) {
			throw new IllegalArgumentException("Feedback must say something");
		}
		this.rating = (rating != null) ? (short) rating.score() : null;
		this.email = blankToNull(email);
		this.pagePath = pagePath;
		this.clientHash = clientHash;
		this.receivedAt = clock.instant();
	}

	/**
	 * Someone in the press office has read it.
	 * @return whether the status changed: marking twice is not a second event
	 */
	boolean markRead() {
		return moveTo(FeedbackStatus.READ);
	}

	/**
	 * Someone has acted on it (fixed the page, passed it on) or decided that nothing will
	 * be done.
	 * @return whether the status changed
	 */
	boolean markActioned() {
		return moveTo(FeedbackStatus.ACTIONED);
	}

	/**
	 * Back in the pile of things nobody has dealt with, for a mark made by mistake.
	 * @return whether the status changed
	 */
	boolean markNew() {
		return moveTo(FeedbackStatus.NEW);
	}

	/**
	 * Not feedback at all: out of the inbox's default view.
	 * @return whether the status changed
	 */
	boolean markSpam() {
		return moveTo(FeedbackStatus.SPAM);
	}

	private boolean moveTo(FeedbackStatus next) {
		if (this.status == next) {
			return false;
		}
		this.status = next;
		return true;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Long getId() {
		return this.id;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public String getDoing() {
		return this.doing;
	}

	public String getImprove() {
		return this.improve;
	}

	public Short getRating() {
		return this.rating;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPagePath() {
		return this.pagePath;
	}

	public String getClientHash() {
		return this.clientHash;
	}

	public FeedbackStatus getStatus() {
		return this.status;
	}

}
