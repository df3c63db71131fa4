package uk.policenewsroom.releases;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The release editor, as posted. {@code version} is the version the officer started from:
 * saving over somebody else's newer save is a conflict, not a silent overwrite.
 */
public class ReleaseForm {

	@NotBlank(message = "Enter a title")
	@Size(max = 200, message = "Title must be 200 characters or fewer")
	private String title;

	@Size(max = 100, message = "Address must be 100 characters or fewer")
	@Pattern(regexp = "^$|[a-z0-9]+(-[a-z0-9]+)*",
			message = "Address can only contain lower-case letters, numbers and single hyphens, like county-lines-week")
	private String slug;

	@NotBlank(message = "Enter a summary")
	@Size(max = Release.SUMMARY_MAX, message = "Summary must be {max} characters or fewer")
	private String summary;

	@Size(max = 100_000, message = "Body must be 100,000 characters or fewer")
	private String body = "";

	@NotBlank(message = "Choose a category")
	private String category;

	private Set<Long> areas = new LinkedHashSet<>();

	private Long operationId;

	private Long version;

	private Integer revision;

	@Size(max = 1000, message = "Change note must be 1,000 characters or fewer")
	private String changeNote;

	private boolean minor;

	/**
	 * After a conflict: the version of the other person's save that the officer was shown
	 * the differences against, and which they choose to replace.
	 */
	private Long replacing;

	/** After a conflict, the officer's choice: {@code mine} or {@code theirs}. */
	private String choice;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = (slug != null) ? slug.strip() : null;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = (body != null) ? body.replace("\r\n", "\n") : "";
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public Set<Long> getAreas() {
		return this.areas;
	}

	public void setAreas(Set<Long> areas) {
		this.areas = (areas != null) ? areas : new LinkedHashSet<>();
	}

	public Long getOperationId() {
		return this.operationId;
	}

	public void setOperationId(Long operationId) {
		this.operationId = operationId;
	}

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

	public String getChangeNote() {
		return this.changeNote;
	}

	public void setChangeNote(String changeNote) {
		this.changeNote = changeNote;
	}

	public boolean isMinor() {
		return this.minor;
	}

	public void setMinor(boolean minor) {
		this.minor = minor;
	}

	public Long getReplacing() {
		return this.replacing;
	}

	public void setReplacing(Long replacing) {
		this.replacing = replacing;
	}

	public String getChoice() {
		return this.choice;
	}

	public void setChoice(String choice) {
		this.choice = choice;
	}

	static ReleaseForm of(Release release) {
		ReleaseForm form = new ReleaseForm();
		form.setTitle(release.getTitle());
		form.setSlug(release.getSlug());
		form.setSummary(release.getSummary());
		form.setBody(release.getBody());
		form.setCategory(release.getCategory().getSlug());
		release.getAreas().forEach((area) -> form.getAreas().add(area.getId()));
		form.setOperationId(release.getOperationId());
		form.setVersion(release.getVersion());
		form.setRevision(release.getRevision());
		return form;
	}

}
