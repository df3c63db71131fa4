package uk.policenewsroom.notifications;

import java.time.Clock;
import java.time.Duration;
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
 * One email to one press officer, waiting in the outbox until it is sent. A failed try is
 * retried later, each wait twice the one before; after the last try it is marked failed,
 * for an admin to see and try again.
 */
@Entity
@Table(name = "notifications")
class Notification {

	static final int SUBJECT_MAX = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false, columnDefinition = "text")
	private String body;

	@Column(name = "release_id")
	private Long releaseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "last_error")
	private String lastError;

	protected Notification() {
	}

	Notification(String recipient, String subject, String body, Long releaseId, Clock clock) {
		this.recipient = recipient;
		this.subject = (subject.length() > SUBJECT_MAX) ? subject.substring(0, SUBJECT_MAX) : subject;
		this.body = body;
		this.releaseId = releaseId;
		this.status = Status.PENDING;
		this.createdAt = clock.instant();
		this.nextAttemptAt = this.createdAt;
	}

	void sent(Clock clock) {
		this.attempts++;
		this.status = Status.SENT;
		this.sentAt = clock.instant();
		this.lastError = null;
	}

	/**
	 * Records a failed try: another one after {@code firstWait} doubled for each earlier
	 * try, or none once {@code maxAttempts} have been made.
	 */
	void failed(String error, int maxAttempts, Duration firstWait, Clock clock) {
		this.attempts++;
		this.lastError = (error == null) ? "Unknown error" : (error.length() > 1000) ? error.substring(0, 1000) : error;
		if (this.attempts >= maxAttempts) {
			this.status = Status.FAILED;
			return;
		}
		this.nextAttemptAt = clock.instant().plus(firstWait.multipliedBy(1L << Math.min(this.attempts - 1, 20)));
	}

	/** An admin's "try again": a failed email gets a fresh set of tries, now. */
	boolean retry(Clock clock) {
		if (this.status != Status.FAILED) {
			return false;
		}
		this.status = Status.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = clock.instant();
		return true;
	}

	Long getId() {
		return this.id;
	}

	String getRecipient() {
		return this.recipient;
	}

	String getSubject() {
		return this.subject;
	}

	String getBody() {
		return this.body;
	}

	Long getReleaseId() {
		return this.releaseId;
	}

	Status getStatus() {
		return this.status;
	}

	int getAttempts() {
		return this.attempts;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	String getLastError() {
		return this.lastError;
	}

	enum Status {

		PENDING, SENT, FAILED

	}

}
