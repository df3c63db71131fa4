package uk.policenewsroom.releases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import uk.policenewsroom.areas.Area;
import uk.policenewsroom.releases.WorkflowException.Refusal;
import uk.policenewsroom.site.LondonTime;

/**
 * A press release and its workflow, after GOV.UK's publisher:
 *
 * <pre>
 * draft ─submit─▶ submitted ─reject─▶ rejected ─(edit)─▶ draft
 *                     │ ─schedule─▶ scheduled ─(due)─▶ published ─withdraw─▶ withdrawn
 *                     └──────────publish──────────────▶ published ─correct─▶ published
 * draft, submitted or rejected ─publish without review (awaiting approval)─▶ published
 * published or withdrawn ─remove (legal reasons)─▶ removed ─restore─▶ as it was
 * withdrawn ─restore─▶ published
 * </pre>
 *
 * Every transition is a method here that checks {@link #refusal} and changes the state or
 * throws {@link WorkflowException}; controllers and pages ask {@link #allowedActions}
 * rather than re-deriving the rules. Each transition writes a {@link StatusChange} row
 * and queues a {@link ReleaseStatusChanged} event. People are referred to by their
 * account ids: accounts are another aggregate.
 * <p>
 * The second pair of eyes: everyone who wrote, edited or submitted the release since it
 * was last reviewed is a contributor, and no contributor may publish, schedule or approve
 * it.
 */
@Entity
@Table(name = "releases")
public class Release {

	public static final int SUMMARY_MAX = 300;

	private static final Set<ReleaseStatus> EDITABLE = EnumSet.of(ReleaseStatus.DRAFT, ReleaseStatus.SUBMITTED,
			ReleaseStatus.REJECTED);

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

	/** The number of the latest revision: every change of words or image adds one. */
	@Column(nullable = false)
	private int revision;

	@Column(name = "author_id")
	private Long authorId;

	@ElementCollection
	@CollectionTable(name = "release_contributors", joinColumns = @JoinColumn(name = "release_id"))
	@Column(name = "account_id")
	private Set<Long> contributors = new LinkedHashSet<>();

	@Column(name = "submitted_by")
	private Long submittedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "rejection_comment")
	private String rejectionComment;

	@Column(name = "rejected_by")
	private Long rejectedBy;

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

	@Column(name = "withdrawn_by")
	private Long withdrawnBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "withdrawal_reason")
	private TakeDownReason withdrawalReason;

	@Column(name = "withdrawal_explanation")
	private String withdrawalExplanation;

	@Column(name = "removed_at")
	private Instant removedAt;

	@Column(name = "removed_by")
	private Long removedBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "removal_reason")
	private TakeDownReason removalReason;

	@Column(name = "removal_notice")
	private String removalNotice;

	@Embedded
	private LeadImage leadImage;

	@ElementCollection
	@CollectionTable(name = "release_old_slugs", joinColumns = @JoinColumn(name = "release_id"))
	@Column(name = "slug")
	private Set<String> oldSlugs = new LinkedHashSet<>();

	@OneToMany(mappedBy = "release", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("notedAt")
	private List<ChangeNote> changeNotes = new ArrayList<>();

	@OneToMany(mappedBy = "release", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("at")
	private List<StatusChange> statusChanges = new ArrayList<>();

	@OneToMany(mappedBy = "release", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("at")
	private List<LegalAcknowledgement> acknowledgements = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "modified_at", nullable = false)
	private Instant modifiedAt;

	@Version
	private long version;

	@Transient
	private final List<ReleaseStatusChanged> events = new ArrayList<>();

	protected Release() {
	}

	private Release(String slug, Content content, Long authorId, Clock clock) {
		this.slug = Objects.requireNonNull(slug);
		this.status = ReleaseStatus.DRAFT;
		this.authorId = authorId;
		if (authorId != null) {
			this.contributors.add(authorId);
		}
		this.createdAt = clock.instant();
		this.revision = 1;
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
	 * What this officer may do with the release now. Pages show only these; every
	 * transition checks its own again.
	 */
	public Set<ReleaseAction> allowedActions(Actor by) {
		Set<ReleaseAction> allowed = EnumSet.noneOf(ReleaseAction.class);
		for (ReleaseAction action : ReleaseAction.values()) {
			if (refusal(action, by).isEmpty()) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	public boolean allows(ReleaseAction action, Actor by) {
		return refusal(action, by).isEmpty();
	}

	/** Throws the reason this officer may not do this now, if there is one. */
	public void require(ReleaseAction action, Actor by) {
		Optional<WorkflowException> refused = refusal(action, by);
		if (refused.isPresent()) {
			throw refused.get();
		}
	}

	/**
	 * Why this officer may not do this now, or empty if they may: the workflow's rules.
	 */
	public Optional<WorkflowException> refusal(ReleaseAction action, Actor by) {
		return switch (action) {
			case EDIT -> (this.status == ReleaseStatus.SCHEDULED) ? refuse("Unschedule the release before changing it")
					: inStatus("change", EDITABLE);
			case CORRECT -> inStatus("correct", EnumSet.of(ReleaseStatus.PUBLISHED))
				.or(() -> editor(by, "A published release is changed by an editor's correction: ask an editor"));
			case CHANGE_IMAGE -> (this.status == ReleaseStatus.PUBLISHED)
					? editor(by, "The image of a published release is changed by an editor's correction: ask an editor")
					: inStatus("change the image of", EDITABLE);
			case SUBMIT -> inStatus("submit", EnumSet.of(ReleaseStatus.DRAFT, ReleaseStatus.REJECTED));
			case REJECT -> inStatus("reject", EnumSet.of(ReleaseStatus.SUBMITTED)).or(() -> editor(by, null));
			case PUBLISH -> inStatus("publish", EnumSet.of(ReleaseStatus.SUBMITTED)).or(() -> editor(by, null))
				.or(() -> secondPairOfEyes(by));
			case SCHEDULE -> inStatus("schedule", EnumSet.of(ReleaseStatus.SUBMITTED)).or(() -> editor(by, null))
				.or(() -> secondPairOfEyes(by));
			case UNSCHEDULE -> inStatus("unschedule", EnumSet.of(ReleaseStatus.SCHEDULED)).or(() -> editor(by, null));
			case PUBLISH_WITHOUT_REVIEW -> inStatus("publish", EDITABLE).or(() -> editor(by, null));
			case APPROVE ->
				(!isAwaitingApproval()) ? refuse("Only a release published without review needs approving") : editor(by,
						null)
					.or(() -> (this.contributors.contains(by.id()) || Objects.equals(this.unreviewedBy, by.id()))
							? refuse(Refusal.NOT_YOURS,
									"You published, wrote or edited this release, so another editor must approve it")
							: Optional.empty());
			case WITHDRAW -> inStatus("withdraw", EnumSet.of(ReleaseStatus.PUBLISHED)).or(() -> editor(by, null));
			case REMOVE -> inStatus("remove", EnumSet.of(ReleaseStatus.PUBLISHED, ReleaseStatus.WITHDRAWN))
				.or(() -> editor(by, null));
			case RESTORE -> inStatus("restore", EnumSet.of(ReleaseStatus.WITHDRAWN, ReleaseStatus.REMOVED))
				.or(() -> editor(by, null));
			case DELETE -> inStatus("delete", EnumSet.of(ReleaseStatus.DRAFT, ReleaseStatus.REJECTED))
				.map((refused) -> new WorkflowException(Refusal.NOT_NOW,
						"Only a draft or a rejected release can be deleted"));
			case SHARE_PREVIEW ->
				this.status.isUnpublished() ? Optional.empty() : refuse("A published release needs no preview link");
		};
	}

	/**
	 * Refuses a stale decision: the officer must have seen the version that is current.
	 * @param seenVersion the version the page they decided on showed
	 * @param seenRevision the revision it showed, for the page of differences; may be
	 * null
	 */
	public void requireSeen(Long seenVersion, Integer seenRevision) {
		if (seenVersion == null || seenVersion != this.version) {
			throw new StaleVersion(this.id, seenRevision);
		}
	}

	/**
	 * Changes what an unpublished release says. Editing a rejected release makes it a
	 * draft again, and its rejection comment stays until it is submitted again.
	 */
	public void revise(Actor by, Content content, Clock clock) {
		require(ReleaseAction.EDIT, by);
		apply(content, clock);
		changedBy(by);
		if (this.status == ReleaseStatus.REJECTED) {
			record(by, ReleaseStatus.DRAFT, StatusChange.Step.BACK_TO_DRAFT, null, clock);
		}
	}

	/**
	 * The editor's autosave: a revision like any other, by the same rules (its author
	 * becomes a contributor), but never of a published release, whose words readers would
	 * see at once; a correction is published only when the editor says so.
	 * @return whether anything changed; an autosave of the words as they are does nothing
	 */
	public boolean autosave(Actor by, Content content, Clock clock) {
		if (this.status == ReleaseStatus.PUBLISHED) {
			throw new WorkflowException(Refusal.NOT_NOW,
					"A correction is not autosaved: readers would see it at once. Publish the update when it is ready.");
		}
		require(ReleaseAction.EDIT, by);
		if (says(content)) {
			return false;
		}
		revise(by, content, clock);
		return true;
	}

	/** Whether the release says this already: words, category, areas and operation. */
	private boolean says(Content content) {
		return this.title.equals(content.title()) && this.summary.equals(content.summary())
				&& this.body.equals(content.body()) && Objects.equals(this.category.getId(), content.category().getId())
				&& ids(this.areas).equals(ids(content.areas()))
				&& Objects.equals(this.operationId, content.operationId());
	}

	private static Set<Long> ids(Set<Area> areas) {
		Set<Long> ids = new HashSet<>();
		areas.forEach((area) -> ids.add(area.getId()));
		return ids;
	}

	/**
	 * Corrects a published release: an editor's job. Readers see an update with its note;
	 * a minor change (a typo) needs no note and does not change the updated time.
	 */
	public void correct(Actor by, Content content, String changeNote, boolean minor, Clock clock) {
		require(ReleaseAction.CORRECT, by);
		String note = minor ? null : required(changeNote, "Say what changed: readers will see this note");
		if (!minor) {
			this.publicUpdatedAt = clock.instant();
			this.changeNotes.add(new ChangeNote(this, this.publicUpdatedAt, note));
		}
		apply(content, clock);
		changedBy(by);
		record(by, ReleaseStatus.PUBLISHED, StatusChange.Step.CORRECTED, minor ? "Minor correction" : note, clock);
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

	public void submit(Actor by, Clock clock) {
		require(ReleaseAction.SUBMIT, by);
		this.submittedBy = by.id();
		this.submittedAt = clock.instant();
		this.rejectionComment = null;
		this.rejectedBy = null;
		this.contributors.add(by.id());
		record(by, ReleaseStatus.SUBMITTED, StatusChange.Step.SUBMITTED, null, clock);
	}

	public void reject(Actor by, String comment, Clock clock) {
		require(ReleaseAction.REJECT, by);
		String why = required(comment, "Say why the release is rejected, so the writer can fix it");
		this.rejectionComment = why;
		this.rejectedBy = by.id();
		record(by, ReleaseStatus.REJECTED, StatusChange.Step.REJECTED, why, clock);
	}

	/**
	 * Publishes a reviewed release now, by an editor who had no hand in it, once they
	 * have acknowledged each legal warning.
	 */
	public void publish(Actor by, LegalReview review, Clock clock) {
		require(ReleaseAction.PUBLISH, by);
		acknowledge(by, ReleaseAction.PUBLISH, review, clock);
		goLive(by.id(), clock.instant(), clock);
		this.contributors.clear();
		record(by, ReleaseStatus.PUBLISHED, StatusChange.Step.PUBLISHED, null, clock);
	}

	/**
	 * Publishes without review, for when it cannot wait. The reason is recorded and the
	 * release awaits approval by an editor who had no hand in it.
	 */
	public void publishWithoutReview(Actor by, String reason, LegalReview review, Clock clock) {
		require(ReleaseAction.PUBLISH_WITHOUT_REVIEW, by);
		String why = required(reason, "Give the reason for publishing without review");
		acknowledge(by, ReleaseAction.PUBLISH_WITHOUT_REVIEW, review, clock);
		this.unreviewedReason = why;
		this.unreviewedBy = by.id();
		this.contributors.add(by.id());
		goLive(by.id(), clock.instant(), clock);
		record(by, ReleaseStatus.PUBLISHED, StatusChange.Step.PUBLISHED_WITHOUT_REVIEW, why, clock);
	}

	/** Schedules a reviewed release for a future time. */
	public void schedule(Actor by, Instant at, LegalReview review, Clock clock) {
		require(ReleaseAction.SCHEDULE, by);
		if (!at.isAfter(clock.instant())) {
			throw new WorkflowException(Refusal.INCOMPLETE, "Choose a time in the future");
		}
		acknowledge(by, ReleaseAction.SCHEDULE, review, clock);
		this.scheduledAt = at;
		this.scheduledBy = by.id();
		record(by, ReleaseStatus.SCHEDULED, StatusChange.Step.SCHEDULED, "For " + LondonTime.of(at).text(), clock);
	}

	public void unschedule(Actor by, Clock clock) {
		require(ReleaseAction.UNSCHEDULE, by);
		this.scheduledAt = null;
		this.scheduledBy = null;
		record(by, ReleaseStatus.SUBMITTED, StatusChange.Step.UNSCHEDULED, null, clock);
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
		this.contributors.clear();
		record(null, ReleaseStatus.PUBLISHED, StatusChange.Step.PUBLISHED_ON_SCHEDULE, null, clock);
		return true;
	}

	/**
	 * The review of a release that was published without one, by an editor who had no
	 * hand in it.
	 */
	public void approve(Actor by, LegalReview review, Clock clock) {
		require(ReleaseAction.APPROVE, by);
		acknowledge(by, ReleaseAction.APPROVE, review, clock);
		String reason = this.unreviewedReason;
		this.unreviewedReason = null;
		this.unreviewedBy = null;
		this.contributors.clear();
		record(by, ReleaseStatus.PUBLISHED, StatusChange.Step.APPROVED, "Published without review because: " + reason,
				clock);
	}

	/**
	 * Takes a release out of the lists; its page stays, marked withdrawn with the
	 * explanation.
	 */
	public void withdraw(Actor by, TakeDownReason reason, String explanation, Clock clock) {
		require(ReleaseAction.WITHDRAW, by);
		String words = required(explanation, "Explain to readers why the release is withdrawn");
		this.withdrawalReason = Objects.requireNonNull(reason, "reason");
		this.withdrawalExplanation = words;
		this.withdrawnAt = clock.instant();
		this.withdrawnBy = by.id();
		record(by, ReleaseStatus.WITHDRAWN, StatusChange.Step.WITHDRAWN, reason.label() + ": " + words, clock);
	}

	/**
	 * Unpublishes a release for legal reasons: its address then answers 410 Gone with the
	 * public notice only, and its words and image are no longer shown anywhere public.
	 */
	public void remove(Actor by, TakeDownReason reason, String publicNotice, Clock clock) {
		require(ReleaseAction.REMOVE, by);
		String notice = required(publicNotice, "Write the notice readers will see at the address");
		this.removalReason = Objects.requireNonNull(reason, "reason");
		this.removalNotice = notice;
		this.removedAt = clock.instant();
		this.removedBy = by.id();
		record(by, ReleaseStatus.REMOVED, StatusChange.Step.REMOVED, reason.label() + ": " + notice, clock);
	}

	/**
	 * Undoes a withdrawal, or a removal (back to published, or to withdrawn if it was
	 * withdrawn when removed), with the reason recorded.
	 */
	public void restore(Actor by, String reason, Clock clock) {
		require(ReleaseAction.RESTORE, by);
		String why = required(reason, "Say why the release is being restored");
		ReleaseStatus to;
		if (this.status == ReleaseStatus.REMOVED) {
			to = (this.withdrawnAt != null) ? ReleaseStatus.WITHDRAWN : ReleaseStatus.PUBLISHED;
			this.removedAt = null;
			this.removedBy = null;
			this.removalReason = null;
			this.removalNotice = null;
		}
		else {
			to = ReleaseStatus.PUBLISHED;
			this.withdrawnAt = null;
			this.withdrawnBy = null;
			this.withdrawalReason = null;
			this.withdrawalExplanation = null;
		}
		record(by, to, StatusChange.Step.RESTORED, why, clock);
	}

	/**
	 * Checks that the release may be deleted and announces it; the caller deletes it, and
	 * with it its rows (the audit log keeps the deletion).
	 */
	public void delete(Actor by, Clock clock) {
		require(ReleaseAction.DELETE, by);
		announce(this.status, null, by.id(), null, clock.instant());
	}

	/**
	 * Marks a release as published without the workflow: for releases published before
	 * this site, such as the demo content.
	 */
	public void recordAsPublished(Clock clock) {
		if (this.status != ReleaseStatus.DRAFT) {
			throw new WorkflowException("Only a draft can be recorded as published");
		}
		goLive(null, clock.instant(), clock);
		this.contributors.clear();
		record(null, ReleaseStatus.PUBLISHED, StatusChange.Step.PUBLISHED, "Published before this site", clock);
	}

	/**
	 * Sets or replaces the lead image. On a published release this is an editor's
	 * correction.
	 */
	public void showImage(Actor by, LeadImage image, Clock clock) {
		require(ReleaseAction.CHANGE_IMAGE, by);
		this.leadImage = image;
		imageChanged(by, "Lead image changed: " + image.alt(), clock);
	}

	public void removeImage(Actor by, Clock clock) {
		require(ReleaseAction.CHANGE_IMAGE, by);
		this.leadImage = null;
		imageChanged(by, "Lead image removed", clock);
	}

	private void imageChanged(Actor by, String what, Clock clock) {
		this.modifiedAt = clock.instant();
		changedBy(by);
		if (this.status == ReleaseStatus.PUBLISHED) {
			record(by, ReleaseStatus.PUBLISHED, StatusChange.Step.CORRECTED, what, clock);
		}
	}

	/** The legal warnings for what the release says now. */
	public List<LegalRisks.LegalWarning> legalWarnings(boolean linkedToCharge) {
		return LegalRisks.check(this.title, this.summary, this.body, linkedToCharge);
	}

	/**
	 * Published to the public and listed: the same rule as
	 * {@link Releases#PUBLICLY_LISTED}, for code that holds a release rather than
	 * queries.
	 */
	public boolean isPubliclyListedAt(Instant now) {
		return this.status == ReleaseStatus.PUBLISHED && !this.publishedAt.isAfter(now);
	}

	/** Published and awaiting the approval of an editor who had no hand in it. */
	public boolean isAwaitingApproval() {
		return this.status == ReleaseStatus.PUBLISHED && this.unreviewedReason != null;
	}

	public boolean isRemoved() {
		return this.status == ReleaseStatus.REMOVED;
	}

	/** Published once and still has a public page: published or withdrawn, by now. */
	public boolean hasPublicPageAt(Instant now) {
		return (this.status == ReleaseStatus.PUBLISHED || this.status == ReleaseStatus.WITHDRAWN)
				&& !this.publishedAt.isAfter(now);
	}

	/**
	 * Whether this officer wrote, edited or submitted the release since it was reviewed.
	 */
	public boolean isContributor(long accountId) {
		return this.contributors.contains(accountId);
	}

	/**
	 * The events of the transitions since the last call, for the command that saved them
	 * to publish.
	 */
	List<ReleaseStatusChanged> takeEvents() {
		List<ReleaseStatusChanged> taken = List.copyOf(this.events);
		this.events.clear();
		return taken;
	}

	private void acknowledge(Actor by, ReleaseAction action, LegalReview review, Clock clock) {
		List<LegalRule> warned = legalWarnings(review.linkedToCharge()).stream()
			.map(LegalRisks.LegalWarning::rule)
			.toList();
		List<LegalRule> missing = warned.stream().filter((rule) -> !review.acknowledged().contains(rule)).toList();
		if (!missing.isEmpty()) {
			throw new WorkflowException(Refusal.INCOMPLETE, "Acknowledge each legal warning before you go on: "
					+ String.join(", ", missing.stream().map(LegalRule::title).toList()));
		}
		for (LegalRule rule : warned) {
			this.acknowledgements
				.add(new LegalAcknowledgement(this, clock.instant(), by.id(), rule, action, this.revision));
		}
	}

	private void goLive(Long by, Instant at, Clock clock) {
		this.publishedAt = at;
		this.publishedBy = by;
		this.modifiedAt = clock.instant();
	}

	/**
	 * A new revision. Its author becomes a contributor while a review is due: before
	 * publication, or while a release published without review awaits approval.
	 */
	private void changedBy(Actor by) {
		this.revision++;
		if (this.status.isUnpublished() || isAwaitingApproval()) {
			this.contributors.add(by.id());
		}
	}

	private void record(Actor by, ReleaseStatus to, StatusChange.Step step, String comment, Clock clock) {
		ReleaseStatus from = this.status;
		Instant now = clock.instant();
		Long actor = (by != null) ? by.id() : null;
		this.status = to;
		this.modifiedAt = now;
		this.statusChanges.add(new StatusChange(this, now, from, to, actor, step, comment, this.revision));
		announce(from, to, actor, comment, now);
	}

	private void announce(ReleaseStatus from, ReleaseStatus to, Long actor, String comment, Instant at) {
		if (this.id != null) {
			// A release being seeded before its first save has nobody to tell.
			this.events.add(new ReleaseStatusChanged(this.id, this.slug, from, to, actor, comment, at));
		}
	}

	private Optional<WorkflowException> inStatus(String action, Set<ReleaseStatus> allowed) {
		if (allowed.contains(this.status)) {
			return Optional.empty();
		}
		if (this.status == ReleaseStatus.PUBLISHED && action.equals("change")) {
			return refuse("A published release is changed by an editor's correction");
		}
		return refuse("You cannot " + action + " a release that is " + this.status.label().toLowerCase(Locale.ROOT));
	}

	private static Optional<WorkflowException> editor(Actor by, String message) {
		return by.editor() ? Optional.empty()
				: refuse(Refusal.NOT_YOURS, (message != null) ? message : "Only an editor can do that");
	}

	private Optional<WorkflowException> secondPairOfEyes(Actor by) {
		if (this.contributors.contains(by.id()) || Objects.equals(this.submittedBy, by.id())) {
			return refuse(Refusal.NOT_YOURS,
					"You wrote, edited or submitted this release, so another editor must review it. If it cannot wait, publish it without review and say why.");
		}
		return Optional.empty();
	}

	private static Optional<WorkflowException> refuse(String message) {
		return refuse(Refusal.NOT_NOW, message);
	}

	private static Optional<WorkflowException> refuse(Refusal refusal, String message) {
		return Optional.of(new WorkflowException(refusal, message));
	}

	private static String required(String text, String message) {
		if (text == null || text.isBlank()) {
			throw new WorkflowException(Refusal.INCOMPLETE, message);
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

	public int getRevision() {
		return this.revision;
	}

	public Long getRejectedBy() {
		return this.rejectedBy;
	}

	public Long getWithdrawnBy() {
		return this.withdrawnBy;
	}

	public TakeDownReason getWithdrawalReason() {
		return this.withdrawalReason;
	}

	public Instant getRemovedAt() {
		return this.removedAt;
	}

	public Long getRemovedBy() {
		return this.removedBy;
	}

	public TakeDownReason getRemovalReason() {
		return this.removalReason;
	}

	public String getRemovalNotice() {
		return this.removalNotice;
	}

	public Set<Long> getContributors() {
		return Set.copyOf(this.contributors);
	}

	public List<StatusChange> getStatusChanges() {
		return List.copyOf(this.statusChanges);
	}

	public List<LegalAcknowledgement> getAcknowledgements() {
		return List.copyOf(this.acknowledgements);
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	public String getWithdrawalExplanation() {
		return this.withdrawalExplanation;
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
