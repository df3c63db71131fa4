package uk.policenewsroom.releases;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.policenewsroom.areas.Area;

/**
 * A press release. It starts as a draft and is published once; what it says and when it
 * was published change only through its methods.
 */
@Entity
@Table(name = "releases")
public class Release {

	public static final int SUMMARY_MAX = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false, length = SUMMARY_MAX)
	private String summary;

	@Column(nullable = false, columnDefinition = "text")
	private String body;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "category_id")
	private Category category;

	@ManyToMany
	@JoinTable(name = "release_areas", joinColumns = @JoinColumn(name = "release_id"),
			inverseJoinColumns = @JoinColumn(name = "area_id"))
	private Set<Area> areas = new LinkedHashSet<>();

	/**
	 * The operation this release reports on, referenced by id: it is another aggregate.
	 */
	@Column(name = "operation_id")
	private Long operationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReleaseStatus status;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "public_updated_at")
	private Instant publicUpdatedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "modified_at", nullable = false)
	private Instant modifiedAt;

	@Version
	private long version;

	protected Release() {
	}

	private Release(String slug, Content content, Clock clock) {
		this.slug = Objects.requireNonNull(slug);
		this.status = ReleaseStatus.DRAFT;
		this.createdAt = clock.instant();
		apply(content, clock);
	}

	public static Release draft(String slug, Content content, Clock clock) {
		return new Release(slug, content, clock);
	}

	/** Changes what a draft says. */
	public void revise(Content content, Clock clock) {
		if (this.status != ReleaseStatus.DRAFT) {
			throw new IllegalStateException("Only a draft can be revised");
		}
		apply(content, clock);
	}

	public void publish(Clock clock) {
		if (this.status != ReleaseStatus.DRAFT) {
			throw new IllegalStateException("Only a draft can be published");
		}
		this.status = ReleaseStatus.PUBLISHED;
		this.publishedAt = clock.instant();
		this.modifiedAt = this.publishedAt;
	}

	/** Corrects a published release; readers see when it was updated. */
	public void correct(Content content, Clock clock) {
		if (this.status != ReleaseStatus.PUBLISHED) {
			throw new IllegalStateException("Only a published release can be corrected");
		}
		apply(content, clock);
		this.publicUpdatedAt = clock.instant();
	}

	private void apply(Content content, Clock clock) {
		this.title = content.title();
		this.summary = content.summary();
		this.body = content.body();
		this.category = content.category();
		this.areas.clear();
		this.areas.addAll(content.areas());
		this.operationId = content.operationId();
		this.modifiedAt = clock.instant();
	}

	public boolean isPublishedAt(Instant now) {
		return this.status == ReleaseStatus.PUBLISHED && !this.publishedAt.isAfter(now);
	}

	public Long getId() {
		return this.id;
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

	public Category getCategory() {
		return this.category;
	}

	public Set<Area> getAreas() {
		return Set.copyOf(this.areas);
	}

	public Long getOperationId() {
		return this.operationId;
	}

	public ReleaseStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getPublicUpdatedAt() {
		return this.publicUpdatedAt;
	}

	/**
	 * What a release says. Checked here as well as in forms, so no path can store a
	 * release without a title or with an overlong summary.
	 */
	public record Content(String title, String summary, String body, Category category, Set<Area> areas,
			Long operationId) {

		public Content {
			if (title == null || title.isBlank()) {
				throw new IllegalArgumentException("A release needs a title");
			}
			if (summary == null || summary.isBlank() || summary.length() > SUMMARY_MAX) {
				throw new IllegalArgumentException(
						"A release needs a summary of at most " + SUMMARY_MAX + " characters");
			}
			Objects.requireNonNull(body, "body");
			Objects.requireNonNull(category, "category");
			title = title.strip();
			summary = summary.strip();
			areas = Set.copyOf(areas);
		}

	}

}
