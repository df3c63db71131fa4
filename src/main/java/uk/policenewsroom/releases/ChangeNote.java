package uk.policenewsroom.releases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What changed when a published release was updated, shown to readers with its time.
 */
@Entity
@Table(name = "release_change_notes")
public class ChangeNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "release_id")
	private Release release;

	@Column(name = "noted_at", nullable = false)
	private Instant notedAt;

	@Column(nullable = false)
	private String note;

	protected ChangeNote() {
	}

	ChangeNote(Release release, Instant notedAt, String note) {
		this.release = release;
		this.notedAt = notedAt;
		this.note = note;
	}

	public Instant getNotedAt() {
		return this.notedAt;
	}

	public String getNote() {
		return this.note;
	}

}
