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
 * An editor's acknowledgement of one legal warning before a decision: who, when, which
 * rule, for which step and on which revision.
 */
@Entity
@Immutable
@Table(name = "release_legal_acknowledgements")
public class LegalAcknowledgement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "release_id")
	private Release release;

	@Column(name = "acknowledged_at", nullable = false)
	private Instant at;

	@Column(name = "actor_id", nullable = false)
	private long actorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LegalRule rule;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReleaseAction action;

	@Column(nullable = false)
	private int revision;

	protected LegalAcknowledgement() {
	}

	LegalAcknowledgement(Release release, Instant at, long actorId, LegalRule rule, ReleaseAction action,
			int revision) {
		this.release = release;
		this.at = at;
		this.actorId = actorId;
		this.rule = rule;
		this.action = action;
		this.revision = revision;
	}

	public Instant getAt() {
		return this.at;
	}

	public long getActorId() {
		return this.actorId;
	}

	public LegalRule getRule() {
		return this.rule;
	}

	public ReleaseAction getAction() {
		return this.action;
	}

	public int getRevision() {
		return this.revision;
	}

}
