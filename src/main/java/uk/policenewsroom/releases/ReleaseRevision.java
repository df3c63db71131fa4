package uk.policenewsroom.releases;

import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import uk.policenewsroom.areas.Area;

/**
 * What a release said after one save, by whom and when. Never changed once written: the
 * history of a release is the list of its revisions.
 */
@Entity
@Immutable
@Table(name = "release_revisions")
public class ReleaseRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "release_id", nullable = false)
	private Long releaseId;

	@Column(nullable = false)
	private int number;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "author_id")
	private Long authorId;

	@Column(name = "author_name", nullable = false)
	private String authorName;

	@Column(nullable = false)
	private String what;

	@Column(nullable = false)
	private boolean minor;

	/**
	 * Written by the editor's autosave rather than by the officer pressing Save: the
	 * history says so.
	 */
	@Column(nullable = false)
	private boolean autosave;

	@Column(nullable = false)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary;

	@Column(nullable = false, columnDefinition = "text")
	private String body;

	@Column(nullable = false)
	private String category;

	@Column(nullable = false)
	private String areas;

	@Column(name = "operation_id")
	private Long operationId;

	@Column(name = "lead_image_id")
	private Long leadImageId;

	@Column(name = "lead_image_alt")
	private String leadImageAlt;

	@Column(name = "lead_image_caption")
	private String leadImageCaption;

	protected ReleaseRevision() {
	}

	ReleaseRevision(Release release, int number, Long authorId, String authorName, String what, boolean minor,
			boolean autosave, Instant at) {
		this.releaseId = release.getId();
		this.number = number;
		this.createdAt = at;
		this.authorId = authorId;
		this.authorName = authorName;
		this.what = what;
		this.minor = minor;
		this.autosave = autosave;
		this.slug = release.getSlug();
		this.title = release.getTitle();
		this.summary = release.getSummary();
		this.body = release.getBody();
		this.category = release.getCategory().getName();
		this.areas = release.getAreas()
			.stream()
			.map(Area::getName)
			.sorted(Comparator.naturalOrder())
			.collect(Collectors.joining(", "));
		this.operationId = release.getOperationId();
		LeadImage image = release.getLeadImage();
		if (image != null) {
			this.leadImageId = image.imageId();
			this.leadImageAlt = image.alt();
			this.leadImageCaption = image.caption();
		}
	}

	public Long getId() {
		return this.id;
	}

	public Long getReleaseId() {
		return this.releaseId;
	}

	public int getNumber() {
		return this.number;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public String getWhat() {
		return this.what;
	}

	public boolean isMinor() {
		return this.minor;
	}

	public boolean isAutosave() {
		return this.autosave;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getBody() {
		return this.body;
	}

	public String getCategory() {
		return this.category;
	}

	public String getAreas() {
		return this.areas;
	}

	public Long getOperationId() {
		return this.operationId;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	/**
	 * The lead image as words a comparison can show: which image, its description and
	 * caption.
	 */
	public String getLeadImageText() {
		if (this.leadImageId == null) {
			return "none";
		}
		return "Image " + this.leadImageId + "\nDescription: " + this.leadImageAlt
				+ ((this.leadImageCaption != null) ? "\nCaption: " + this.leadImageCaption : "");
	}

}
