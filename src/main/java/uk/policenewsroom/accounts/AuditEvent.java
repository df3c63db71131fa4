package uk.policenewsroom.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the audit log. Written once, never changed.
 */
@Entity
@Table(name = "audit_events")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "happened_at", nullable = false)
	private Instant happenedAt;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "actor_name", nullable = false)
	private String actorName;

	@Column(nullable = false)
	private String action;

	@Column(name = "subject_type", nullable = false)
	private String subjectType;

	@Column(name = "subject_id")
	private Long subjectId;

	@Column(name = "subject_label")
	private String subjectLabel;

	private String details;

	protected AuditEvent() {
	}

	AuditEvent(Instant happenedAt, Long actorId, String actorName, String action, String subjectType, Long subjectId,
			String subjectLabel, String details) {
		this.happenedAt = happenedAt;
		this.actorId = actorId;
		this.actorName = actorName;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.subjectLabel = (subjectLabel != null && subjectLabel.length() > 300) ? subjectLabel.substring(0, 300)
				: subjectLabel;
		this.details = (details != null && details.length() > 4000) ? details.substring(0, 4000) : details;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getHappenedAt() {
		return this.happenedAt;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public String getActorName() {
		return this.actorName;
	}

	public String getAction() {
		return this.action;
	}

	public String getSubjectType() {
		return this.subjectType;
	}

	public Long getSubjectId() {
		return this.subjectId;
	}

	public String getSubjectLabel() {
		return this.subjectLabel;
	}

	public String getDetails() {
		return this.details;
	}

}
