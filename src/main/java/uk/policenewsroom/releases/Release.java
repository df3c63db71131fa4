package uk.policenewsroom.releases;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.policenewsroom.areas.Area;

/**
 * A press release and its workflow, after GOV.UK's publisher:
 *
 * <pre>
 * draft ─submit─▶ submitted ─reject─▶ rejected ─(edit)─▶ draft
 *                     │ ─schedule─▶ scheduled ─(due)─▶ published ─withdraw─▶ withdrawn
 *                     └──────────publish──────────────▶ published ─correct─▶ published
 * draft, submitted or rejected ─publish without review (flagged until approved)─▶ published
 * </pre>
 *
 * Every transition is a method here that changes the state or throws
 * {@link WorkflowException}; controllers only translate HTTP. People are referred to by
 * their account ids: accounts are another aggregate.
 */
@Entity
@Table(name = "releases")
public class Release {

	public static final int SUMMARY_MAX = 300;

	private static final SecureRandom RANDOM = new SecureRandom();

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

	@Column(name = "author_id")
	private Long authorId;

	@Column(name = "submitted_by")
	private Long submittedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "rejection_comment")
	private String rejectionComment;

	@Column(name = "scheduled_at")
	private Instant scheduledAt;

	@Column(name = "scheduled_by")
	private Long scheduledBy;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_by")
	private Long publishedBy;

	@Column(name = "public_updated_at")
	private Instant publicUpdatedAt;

	@Column(name = "unreviewed_reason")
	private String unreviewedReason;

	@Column(name = "unreviewed_by")
	private Long unreviewedBy;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "withdrawal_explanation")
	private String withdrawalExplanation;

	@Column(name = "preview_token", unique = true)
	private String previewToken;

	@Embedded
	private LeadImage leadImage;

	@ElementCollection
	@CollectionTable(name = "release_old_slugs", joinColumns = @JoinColumn(name = "release_id"))
	@Column(name = "slug")
	private Set<String> oldSlugs = new LinkedHashSet<>();

	@OneToMany(mappedBy = "release", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("notedAt")
	private List<ChangeNote> changeNotes = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "modified_at", nullable = false)
	private Instant modifiedAt;

	@Version
	private long version;

	protected Release() {
	}

	private Release(String slug, Content content, Long authorId, Clock clock) {
		this.slug = Objects.requireNonNull(slug);
		this.status = ReleaseStatus.DRAFT;
		this.authorId = authorId;
		this.createdAt = clock.instant();
		apply(content, clock);
	}

	public static Release draft(String slug, Content content, Long authorId, Clock clock) {
		return new Release(slug, content, authorId, clock);
	}

	/** A draft with nobody behind it: demo content and tests. */
	public static Release draft(String slug, Content content, Clock clock) {
		return new Release(slug, content, null, clock);
	}

	/**
	 * Changes what an unpublished release says. Editing a rejected release makes it a
	 * draft again; a scheduled one must be unscheduled first, so nothing changes after
	 * review.
	 */
	public void revise(Content content, Clock clock) {
		switch (this.status) {
			case DRAFT, SUBMITTED -> apply(content, clock);
			case REJECTED -> {
				apply(content, clock);
				this.status = ReleaseStatus.DRAFT;
			}
			case SCHEDULED -> throw new WorkflowException("Unschedule the release before changing it");
			default -> throw new WorkflowException("A published release is changed by correcting it");
		}
	}

	/**
	 * Changes the address. Free until first publication; after it, the old address is
	 * kept and answers with a permanent redirect.
	 */
	public void changeSlug(String newSlug) {
		if (newSlug.equals(this.slug)) {
			return;
		}
		if (this.publishedAt != null) {
			this.oldSlugs.add(this.slug);
		}
		this.oldSlugs.remove(newSlug);
		this.slug = newSlug;
	}

	public void submit(long by, Clock clock) {
		requireStatus("submit", ReleaseStatus.DRAFT, ReleaseStatus.REJECTED);
		this.status = ReleaseStatus.SUBMITTED;
		this.submittedBy = by;
		this.submittedAt = clock.instant();
		this.rejectionComment = null;
		this.modifiedAt = this.submittedAt;
	}

	public void reject(long by, String comment, Clock clock) {
		requireStatus("reject", ReleaseStatus.SUBMITTED);
		this.rejectionComment = required(comment, "Say why the release is rejected, so the writer can fix it");
		this.status = ReleaseStatus.REJECTED;
		this.modifiedAt = clock.instant();
	}

	/**
	 * Publishes a reviewed release now. The reviewer cannot be the one who submitted it.
	 */
	public void publish(long by, Clock clock) {
		requireStatus("publish", ReleaseStatus.SUBMITTED);
		requireSecondPairOfEyes(by);
		goLive(by, clock.instant(), clock);
	}

	/**
	 * Publishes without review, for when it cannot wait. The reason is recorded and the
	 * release stays flagged until another editor approves it.
	 */
	public void publishWithoutReview(long by, String reason, Clock clock) {
		requireStatus("publish", ReleaseStatus.DRAFT, ReleaseStatus.SUBMITTED, ReleaseStatus.REJECTED);
		this.unreviewedReason = required(reason, "Give the reason for publishing without review");
		this.unreviewedBy = by;
		goLive(by, clock.instant(), clock);
	}

	/** Schedules a reviewed release for a future time. */
	public void schedule(long by, Instant at, Clock clock) {
		requireStatus("schedule", ReleaseStatus.SUBMITTED);
		requireSecondPairOfEyes(by);
		if (!at.isAfter(clock.instant())) {
			throw new WorkflowException("Choose a time in the future");
		}
		this.status = ReleaseStatus.SCHEDULED;
		this.scheduledAt = at;
		this.scheduledBy = by;
		this.modifiedAt = clock.instant();
	}

	public void unschedule(long by, Clock clock) {
		requireStatus("unschedule", ReleaseStatus.SCHEDULED);
		this.status = ReleaseStatus.SUBMITTED;
		this.scheduledAt = null;
		this.scheduledBy = null;
		this.modifiedAt = clock.instant();
	}

	/**
	 * Publishes a scheduled release whose time has come, at its scheduled time. Safe to
	 * repeat: it does nothing unless the release is still scheduled and due.
	 */
	public boolean publishIfDue(Clock clock) {
		if (this.status != ReleaseStatus.SCHEDULED || this.scheduledAt.isAfter(clock.instant())) {
			return false;
		}
		goLive(this.scheduledBy, this.scheduledAt, clock);
		return true;
	}

	/** Another editor's review of a release that was published without one. */
	public void approve(long by, Clock clock) {
		if (!isFlagged()) {
			throw new WorkflowException("Only a release published without review needs approving");
		}
		if (Objects.equals(this.unreviewedBy, by)) {
			throw new WorkflowException("Another editor must approve a release you published without review");
		}
		this.unreviewedReason = null;
		this.unreviewedBy = null;
		this.modifiedAt = clock.instant();
	}

	/**
	 * Corrects a published release. Readers see an update with its note; a minor change
	 * (a typo) needs no note and does not change the updated time.
	 */
	public void correct(Content content, String changeNote, boolean minor, Clock clock) {
		requireStatus("correct", ReleaseStatus.PUBLISHED);
		if (!minor) {
			String note = required(changeNote, "Say what changed: readers will see this note");
			this.publicUpdatedAt = clock.instant();
			this.changeNotes.add(new ChangeNote(this, this.publicUpdatedAt, note));
		}
		apply(content, clock);
	}

	/**
	 * Takes a release out of the lists; its page stays, marked withdrawn with the reason.
	 */
	public void withdraw(long by, String explanation, Clock clock) {
		requireStatus("withdraw", ReleaseStatus.PUBLISHED);
		this.withdrawalExplanation = required(explanation, "Explain to readers why the release is withdrawn");
		this.withdrawnAt = clock.instant();
		this.status = ReleaseStatus.WITHDRAWN;
		this.modifiedAt = this.withdrawnAt;
	}

	/**
	 * Marks a release as published without the workflow: for releases published before
	 * this site, such as the demo content.
	 */
	public void recordAsPublished(Clock clock) {
		requireStatus("publish", ReleaseStatus.DRAFT);
		goLive(null, clock.instant(), clock);
	}

	/**
	 * An unguessable address at which the press office can share an embargoed release.
	 */
	public String sharePreview() {
		if (!this.status.isUnpublished()) {
			throw new WorkflowException("A published release needs no preview link");
		}
		if (this.previewToken == null) {
			byte[] bytes = new byte[24];
			RANDOM.nextBytes(bytes);
			this.previewToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}
		return this.previewToken;
	}

	/**
	 * Sets or replaces the lead image; not while scheduled or withdrawn, as for the
	 * words.
	 */
	public void showImage(LeadImage image, Clock clock) {
		requireStatus("change the image of", ReleaseStatus.DRAFT, ReleaseStatus.SUBMITTED, ReleaseStatus.REJECTED,
				ReleaseStatus.PUBLISHED);
		this.leadImage = image;
		this.modifiedAt = clock.instant();
	}

	public void removeImage(Clock clock) {
		requireStatus("change the image of", ReleaseStatus.DRAFT, ReleaseStatus.SUBMITTED, ReleaseStatus.REJECTED,
				ReleaseStatus.PUBLISHED);
		this.leadImage = null;
		this.modifiedAt = clock.instant();
	}

	public boolean isDeletable() {
		return this.status == ReleaseStatus.DRAFT || this.status == ReleaseStatus.REJECTED;
	}

	public boolean isFlagged() {
		return this.unreviewedReason != null;
	}

	public boolean isPublishedAt(Instant now) {
		return this.status == ReleaseStatus.PUBLISHED && !this.publishedAt.isAfter(now);
	}

	/** Published once and still has a public page: published or withdrawn, by now. */
	public boolean hasPublicPageAt(Instant now) {
		return (this.status == ReleaseStatus.PUBLISHED || this.status == ReleaseStatus.WITHDRAWN)
				&& !this.publishedAt.isAfter(now);
	}

	private void goLive(Long by, Instant at, Clock clock) {
		this.status = ReleaseStatus.PUBLISHED;
		this.publishedAt = at;
		this.publishedBy = by;
		this.previewToken = null;
		this.modifiedAt = clock.instant();
	}

	private void requireSecondPairOfEyes(long by) {
		if (Objects.equals(this.submittedBy, by)) {
			throw new WorkflowException(
					"You submitted this release, so another editor must review it. If it cannot wait, publish it without review and say why.");
		}
	}

	private void requireStatus(String action, ReleaseStatus... allowed) {
		for (ReleaseStatus status : allowed) {
			if (this.status == status) {
				return;
			}
		}
		throw new WorkflowException("You cannot " + action + " a release that is " + this.status.label().toLowerCase());
	}

	private static String required(String text, String message) {
		if (text == null || text.isBlank()) {
			throw new WorkflowException(message);
		}
		return text.strip();
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

	public Content content() {
		return new Content(this.title, this.summary, this.body, this.category, this.areas, this.operationId);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
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

	public Long getAuthorId() {
		return this.authorId;
	}

	public Long getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getRejectionComment() {
		return this.rejectionComment;
	}

	public Instant getScheduledAt() {
		return this.scheduledAt;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Long getPublishedBy() {
		return this.publishedBy;
	}

	public Instant getPublicUpdatedAt() {
		return this.publicUpdatedAt;
	}

	public String getUnreviewedReason() {
		return this.unreviewedReason;
	}

	public Long getUnreviewedBy() {
		return this.unreviewedBy;
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	public String getWithdrawalExplanation() {
		return this.withdrawalExplanation;
	}

	public String getPreviewToken() {
		return this.previewToken;
	}

	public List<ChangeNote> getChangeNotes() {
		return List.copyOf(this.changeNotes);
	}

	/**
	 * The lead image, or null: Hibernate gives an embedded value with no columns set as
	 * null.
	 */
	public LeadImage getLeadImage() {
		return (this.leadImage != null && this.leadImage.imageId() != null) ? this.leadImage : null;
	}

	public Instant getModifiedAt() {
		return this.modifiedAt;
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
