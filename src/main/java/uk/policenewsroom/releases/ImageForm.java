package uk.policenewsroom.releases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * A lead image as the release's page uploads it: the file, the words that go with it, and
 * the version of the release the page showed.
 */
public class ImageForm {

	private MultipartFile file;

	@NotBlank(message = "Describe the image for people who cannot see it")
	@Size(max = 300, message = "Keep the description to 300 characters or fewer")
	private String alt;

	@Size(max = 500, message = "Keep the caption to 500 characters or fewer")
	private String caption;

	@Size(max = 200, message = "Keep the credit to 200 characters or fewer")
	private String credit;

	private Long version;

	boolean hasFile() {
		return this.file != null && !this.file.isEmpty();
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getAlt() {
		return this.alt;
	}

	public void setAlt(String alt) {
		this.alt = alt;
	}

	public String getCaption() {
		return this.caption;
	}

	public void setCaption(String caption) {
		this.caption = caption;
	}

	public String getCredit() {
		return this.credit;
	}

	public void setCredit(String credit) {
		this.credit = credit;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
