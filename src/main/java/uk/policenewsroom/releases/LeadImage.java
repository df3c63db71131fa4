package uk.policenewsroom.releases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A release's lead image: the stored picture and the words that go with it. Alt text is
 * required, so the picture means something to people who cannot see it.
 */
@Embeddable
public class LeadImage {

	@Column(name = "lead_image_id")
	private Long imageId;

	@Column(name = "lead_image_alt")
	private String alt;

	@Column(name = "lead_image_caption")
	private String caption;

	@Column(name = "lead_image_credit")
	private String credit;

	protected LeadImage() {
	}

	public LeadImage(long imageId, String alt, String caption, String credit) {
		if (alt == null || alt.isBlank()) {
			throw new WorkflowException(WorkflowException.Refusal.INCOMPLETE,
					"Describe the image for people who cannot see it");
		}
		this.imageId = imageId;
		this.alt = alt.strip();
		this.caption = blankToNull(caption);
		this.credit = blankToNull(credit);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Long imageId() {
		return this.imageId;
	}

	public String alt() {
		return this.alt;
	}

	public String caption() {
		return this.caption;
	}

	public String credit() {
		return this.credit;
	}

}
