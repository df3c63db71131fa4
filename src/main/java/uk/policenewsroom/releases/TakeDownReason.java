package uk.policenewsroom.releases;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a published release is withdrawn or removed: the common reasons, each with a public
 * wording the editor starts from and can change.
 */
public enum TakeDownReason {

	PERSON_FOUND_SAFE("Person found safe",
			"The person we appealed for help to find has been found safe. Thank you to everyone who shared our appeal."),

	SUSPECT_CHARGED("Suspect charged",
			"Someone has been charged in connection with this investigation. To avoid prejudicing the court case, this release has been taken down."),

	IDENTIFIED_IN_ERROR("Identified in error",
			"This release identified someone in error. We apologise for any distress caused."),

	COURT_ORDER("Court order", "This release has been taken down to comply with a court order."),

	OTHER("Other", "This release is no longer available.");

	private final String label;

	private final String wording;

	TakeDownReason(String label, String wording) {
		this.label = label;
		this.wording = wording;
	}

	public String label() {
		return this.label;
	}

	/** The public wording offered for this reason, for the editor to change. */
	public String wording() {
		return this.wording;
	}

	/** The reason as it appears in a URL or form: {@code person-found-safe}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<TakeDownReason> fromSlug(String slug) {
		for (TakeDownReason reason : values()) {
			if (reason.slug().equals(slug)) {
				return Optional.of(reason);
			}
		}
		return Optional.empty();
	}

}
