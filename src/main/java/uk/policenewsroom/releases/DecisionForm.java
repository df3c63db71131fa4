package uk.policenewsroom.releases;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Size;

/**
 * Every workflow form carries this: the version and revision of the release the officer's
 * page showed (a decision on an older one is refused), the legal warnings they
 * acknowledged, and, for irreversible steps, that they came through the confirmation
 * page. {@code reason} and {@code text} are what some steps also need: why, and the words
 * for readers.
 */
public class DecisionForm {

	private Long version;

	private Integer revision;

	private Set<LegalRule> acknowledged = new LinkedHashSet<>();

	private boolean confirmed;

	private TakeDownReason reason;

	@Size(max = 2000, message = "Keep it to 2,000 characters or fewer")
	private String text;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Integer getRevision() {
		return this.revision;
	}

	public void setRevision(Integer revision) {
		this.revision = revision;
	}

	public Set<LegalRule> getAcknowledged() {
		return this.acknowledged;
	}

	public void setAcknowledged(Set<LegalRule> acknowledged) {
		this.acknowledged = (acknowledged != null) ? acknowledged : new LinkedHashSet<>();
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

	public TakeDownReason getReason() {
		return this.reason;
	}

	public void setReason(TakeDownReason reason) {
		this.reason = reason;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	Publishing.Decision decision(long releaseId) {
		return new Publishing.Decision(releaseId, this.version, this.revision, this.acknowledged);
	}

}
