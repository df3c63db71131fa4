package uk.policenewsroom.releases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One step of a release's workflow, after GOV.UK Content Publisher's status rows: from
 * which status to which, who, when, why, and the revision it was decided on. Written by
 * {@link Release} in the same change as the step; never changed.
 */
@Entity
@Immutable
@Table(name = "release_status_changes")
public class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "release_id")
	private Release release;

	@Column(name = "changed_at", nullable = false)
	private Instant at;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", nullable = false)
	private ReleaseStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false)
	private ReleaseStatus to;

	@Column(name = "actor_id")
	private Long actorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Step action;

	private String comment;

	@Column(nullable = false)
	private int revision;

	protected StatusChange() {
	}

	StatusChange(Release release, Instant at, ReleaseStatus from, ReleaseStatus to, Long actorId, Step action,
			String comment, int revision) {
		this.release = release;
		this.at = at;
		this.from = from;
		this.to = to;
		this.actorId = actorId;
		this.action = action;
		this.comment = comment;
		this.revision = revision;
	}

	public Instant getAt() {
		return this.at;
	}

	public ReleaseStatus getFrom() {
		return this.from;
	}

	public ReleaseStatus getTo() {
		return this.to;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public Step getAction() {
		return this.action;
	}

	public String getComment() {
		return this.comment;
	}

	public int getRevision() {
		return this.revision;
	}

	/** The workflow steps, as the history names them. */
	public enum Step {

		SUBMITTED("Submitted for review"), REJECTED("Rejected"), BACK_TO_DRAFT("Back to draft after rejection"),
		SCHEDULED("Scheduled"), UNSCHEDULED("Unscheduled"), PUBLISHED("Published"),
		PUBLISHED_WITHOUT_REVIEW("Published without review"), PUBLISHED_ON_SCHEDULE("Published on schedule"),
		APPROVED("Approved"), CORRECTED("Corrected"), WITHDRAWN("Withdrawn"), REMOVED("Removed for legal reasons"),
		RESTORED("Restored"), DELETED("Deleted");

		private final String label;

		Step(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
