package uk.policenewsroom.operations;

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

/**
 * One line of an operation's history, after GOV.UK Content Publisher's status rows: who
 * did what, when, from which status to which, and why. Every transition writes one, and
 * so does every change to the details or the rows. Rows are part of the {@link Operation}
 * aggregate, written only by it, and never changed.
 */
@Entity
@Table(name = "operation_changes")
public class OperationChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "operation_id")
	private Operation operation;

	/** The version of the operation this change made. */
	@Column(nullable = false)
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private OperationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false)
	private OperationStatus toStatus;

	/** The account that made the change; {@code null} for the system (demo, import). */
	@Column(name = "by_account")
	private Long by;

	@Column(name = "changed_at", nullable = false)
	private Instant at;

	/** Why: a rejection comment, a correction's reason, a reason for hiding. */
	private String comment;

	/** What changed, in words: "Row 2: 126 g Crack cocaine (Class A) became …". */
	private String detail;

	protected OperationChange() {
	}

	OperationChange(Operation operation, long version, Kind kind, OperationStatus fromStatus, OperationStatus toStatus,
			Long by, Instant at, String comment, String detail) {
		this.operation = operation;
		this.version = version;
		this.kind = kind;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.by = by;
		this.at = at;
		this.comment = comment;
		this.detail = detail;
	}

	public long getVersion() {
		return this.version;
	}

	public Kind getKind() {
		return this.kind;
	}

	public OperationStatus getFromStatus() {
		return this.fromStatus;
	}

	public OperationStatus getToStatus() {
		return this.toStatus;
	}

	public Long getBy() {
		return this.by;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getComment() {
		return this.comment;
	}

	public String getDetail() {
		return this.detail;
	}

	/** A change to what the public sees, made after the operation was first published. */
	public boolean isCorrection() {
		return this.kind.isContent() && this.fromStatus != null && this.fromStatus.hasBeenPublished();
	}

	/** What a change did. */
	public enum Kind {

		CREATED("Created", true), EDITED("Details changed", true), ROW_ADDED("Row added", true),
		ROW_EDITED("Row changed", true), ROW_REMOVED("Row removed", true), SUBMITTED("Submitted for review", false),
		REJECTED("Rejected", false), PUBLISHED("Published", false), HIDDEN("Hidden", false),
		RESTORED("Restored", false), RECORDED_AS_PUBLISHED("Recorded as published", false);

		private final String label;

		private final boolean content;

		Kind(String label, boolean content) {
			this.label = label;
			this.content = content;
		}

		public String label() {
			return this.label;
		}

		/** Changes what the operation says: its details or its rows. */
		public boolean isContent() {
			return this.content;
		}

		/**
		 * Makes the person who did it a contributor to the version, who may therefore not
		 * publish it.
		 */
		public boolean isContribution() {
			return this.content || this == SUBMITTED;
		}

	}

}
