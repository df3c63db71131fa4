package uk.policenewsroom.releases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new embargo link: who it is for, and how long it works before publication. */
public class EmbargoLinkForm {

	@Size(max = 200, message = "Keep who it is for to 200 characters or fewer")
	private String recipient;

	@NotNull(message = "Choose how long the link works")
	private EmbargoExpiry expiry = EmbargoExpiry.DEFAULT;

	public String getRecipient() {
		return this.recipient;
	}

	public void setRecipient(String recipient) {
		this.recipient = recipient;
	}

	public EmbargoExpiry getExpiry() {
		return this.expiry;
	}

	public void setExpiry(EmbargoExpiry expiry) {
		this.expiry = expiry;
	}

}
