package uk.policenewsroom.operations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.policenewsroom.accounts.Role;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.operations.OperationChange.Kind;
import uk.policenewsroom.operations.OperationWorkflowException.NotAllowed;
import uk.policenewsroom.operations.OperationWorkflowException.Stale;
import uk.policenewsroom.site.LondonTime;

/**
 * A police operation (an intensification week, a named investigation) and its results,
 * recorded as typed tally rows from which the published totals are computed, and its
 * review workflow:
 *
 * <pre>
 * draft ─submit─▶ submitted ─publish─▶ published ─hide─▶ hidden ─restore─▶ published
 *   ▲                 │ reject
 *   └──(edit)── rejected
 * </pre>
 *
 * Writers create, edit and submit; editors reject, publish, hide, restore, and correct
 * what has been published (with a reason, shown to readers). Nobody who created, edited
 * (rows included) or submitted the version may publish it. Every change carries the
 * version it was decided on, and writes an {@link OperationChange}. This class answers
 * which actions are open to whom ({@link #allows}); people are referred to by account id.
 */
@Entity
@Table(name = "operations")
public class Operation {

	static final int REASON_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(name = "code_name")
	private String codeName;

	@Column(name = "unit", nullable = false)
	private String ledBy;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(nullable = false)
	private String summary;

	@ManyToMany
	@JoinTable(name = "operation_areas", joinColumns = @JoinColumn(name = "operation_id"),
			inverseJoinColumns = @JoinColumn(name = "area_id"))
	private Set<Area> areas = new LinkedHashSet<>();

	@OneToMany(mappedBy = "operation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<TallyRow> rows = new ArrayList<>();

	@OneToMany(mappedBy = "operation", cascade = CascadeType.ALL)
	@OrderBy("at, id")
	private List<OperationChange> changes = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OperationStatus status;

	@Column(name = "rejection_comment")
	private String rejectionComment;

	@Column(name = "published_at")
	private Instant publishedAt;

	/** When readers were last told of a correction; {@code null} if never corrected. */
	@Column(name = "public_updated_at")
	private Instant publicUpdatedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Operation() {
	}

	/** A draft with nobody behind it: demo content and tests. */
	public Operation(String slug, String name, String codeName, String ledBy, LocalDate startDate, LocalDate endDate,
			String summary, Clock clock) {
		this(slug, new Description(name, codeName, ledBy, startDate, endDate, summary), null, clock);
	}

	/** A new draft, written by {@code by} (who is then a contributor to it). */
	public Operation(String slug, Description description, Actor by, Clock clock) {
		this.slug = Objects.requireNonNull(slug);
		describe(description);
		this.status = OperationStatus.DRAFT;
		this.createdAt = clock.instant();
		this.updatedAt = this.createdAt;
		record(Kind.CREATED, null, (by != null) ? by.id() : null, null, null);
	}

	// Which actions are open, and to whom

	/** Whether {@code actor} may do {@code action} to the operation as it is now. */
	public boolean allows(OperationAction action, Actor actor) {
		return refusal(action, actor) == null;
	}

	/** Every action open to {@code actor} now. */
	public Set<OperationAction> actionsFor(Actor actor) {
		Set<OperationAction> open = EnumSet.noneOf(OperationAction.class);
		for (OperationAction action : OperationAction.values()) {
			if (allows(action, actor)) {
				open.add(action);
			}
		}
		return open;
	}

	/**
	 * Throws what {@code actor} would be told if they tried {@code action} now: for a
	 * page that leads to the action (a confirmation) to refuse as the action itself
	 * would.
	 */
	public void check(OperationAction action, Actor actor) {
		OperationWorkflowException refused = refusal(action, actor);
		if (refused != null) {
			throw refused;
		}
	}

	/**
	 * Whether {@code accountId} created, edited (rows included) or submitted this
	 * operation, and so may not publish it.
	 */
	public boolean hasContributor(long accountId) {
		return this.changes.stream()
			.anyMatch((change) -> change.getKind().isContribution() && Objects.equals(change.getBy(), accountId));
	}

	/** Why {@code actor} may not do {@code action} now, or {@code null} if they may. */
	private OperationWorkflowException refusal(OperationAction action, Actor actor) {
		Role needed = switch (action) {
			case EDIT, SUBMIT -> Role.WRITER;
			case CORRECT, REJECT, PUBLISH, HIDE, RESTORE -> Role.EDITOR;
		};
		if (actor.role().compareTo(needed) < 0) {
			return new NotAllowed("Only an editor can " + verb(action) + " an operation");
		}
		boolean state = switch (action) {
			case EDIT -> this.status.isInReview();
			case CORRECT -> this.status.hasBeenPublished();
			case SUBMIT -> this.status == OperationStatus.DRAFT || this.status == OperationStatus.REJECTED;
			case REJECT, PUBLISH -> this.status == OperationStatus.SUBMITTED;
			case HIDE -> this.status == OperationStatus.PUBLISHED;
			case RESTORE -> this.status == OperationStatus.HIDDEN;
		};
		if (!state) {
			return new OperationWorkflowException("You cannot " + verb(action) + " an operation that is "
					+ this.status.label().toLowerCase(java.util.Locale.UK));
		}
		if (action == OperationAction.PUBLISH && hasContributor(actor.id())) {
			return new NotAllowed("You created, edited or submitted this operation, so another editor must review"
					+ " and publish it");
		}
		return null;
	}

	private static String verb(OperationAction action) {
		return switch (action) {
			case EDIT -> "edit";
			case CORRECT -> "correct";
			case SUBMIT -> "submit";
			case REJECT -> "reject";
			case PUBLISH -> "publish";
			case HIDE -> "hide";
			case RESTORE -> "restore";
		};
	}

	private void require(OperationAction action, Actor actor, Long seenVersion) {
		check(action, actor);
		requireVersion(seenVersion);
	}

	/**
	 * Refuses anything decided on another version than the current one: what the person
	 * saw is not what would change.
	 */
	private void requireVersion(Long seenVersion) {
		if (seenVersion == null || seenVersion != this.version) {
			throw new Stale(this.id, seenVersion);
		}
	}

	/**
	 * Writers change what is in review; after publication only an editor may, and the
	 * change is a correction that needs a reason readers will see.
	 */
	private String requireChange(Actor by, Long seenVersion, String reason) {
		if (this.status.hasBeenPublished()) {
			require(OperationAction.CORRECT, by, seenVersion);
			return required(reason, "Say what you corrected and why: readers will see it");
		}
		require(OperationAction.EDIT, by, seenVersion);
		return (reason == null || reason.isBlank()) ? null : reason.strip();
	}

	// Content

	/** Changes what the operation is; its slug stays, so links to it keep working. */
	public void revise(Actor by, Long seenVersion, Description description, Set<Area> covered, String reason,
			Clock clock) {
		String why = requireChange(by, seenVersion, reason);
		String detail = changesTo(description, covered);
		describe(description);
		this.areas.clear();
		this.areas.addAll(covered);
		changed(Kind.EDITED, by, why, detail, clock);
	}

	/** Sets the areas of a new operation, before anyone has seen it. */
	public void coverAreas(Set<Area> areas) {
		this.areas.clear();
		this.areas.addAll(areas);
	}

	/**
	 * Replaces the results of a draft with these lines, in this order: demo content and
	 * tests, before anyone has seen it.
	 */
	public void recordResults(List<TallyLine> lines, Clock clock) {
		if (this.status != OperationStatus.DRAFT) {
			throw new OperationWorkflowException("Only a draft's results can be recorded all at once");
		}
		this.rows.clear();
		for (TallyLine line : lines) {
			this.rows.add(new TallyRow(this, this.rows.size() + 1, line));
		}
		this.updatedAt = clock.instant();
	}

	/**
	 * Adds a row after the others. No version is needed: adding cannot undo anyone else's
	 * change, and a publication decided before it is refused as stale.
	 * @return the new row's number
	 */
	public int addResult(Actor by, TallyLine line, String reason, Clock clock) {
		String why = requireChange(by, this.version, reason);
		int next = this.rows.size() + 1;
		this.rows.add(new TallyRow(this, next, line));
		changed(Kind.ROW_ADDED, by, why, "Row " + next + ": " + line.text(), clock);
		return next;
	}

	/**
	 * Changes the row with this number, decided on {@code seenVersion}; a reason is
	 * always needed.
	 * @return what the row said before
	 */
	public TallyLine editResult(Actor by, Long seenVersion, int number, TallyLine line, String reason, Clock clock) {
		String why = requireChange(by, seenVersion, reason);
		why = required(why, "Say why the row is changed");
		TallyRow row = row(number);
		TallyLine was = row.line();
		row.change(line);
		changed(Kind.ROW_EDITED, by, why, "Row " + number + ": " + was.text() + " \u2192 " + line.text(), clock);
		return was;
	}

	/**
	 * Removes the row with this number and renumbers the rows after it, so the results
	 * always read "rows 1 to n" and totals never point at a gap. A row's number is
	 * therefore not a lasting name for it: removing by number is only safe against the
	 * version of the operation the person was looking at.
	 * @return what the removed row said
	 */
	public TallyLine removeResult(Actor by, Long seenVersion, int number, String reason, Clock clock) {
		String why = requireChange(by, seenVersion, reason);
		List<TallyRow> ordered = ordered();
		TallyRow removed = row(number);
		this.rows.remove(removed);
		int position = 1;
		for (TallyRow row : ordered) {
			if (row != removed) {
				row.renumber(position++);
			}
		}
		changed(Kind.ROW_REMOVED, by, why, "Row " + number + ": " + removed.line().text()
				+ ((number < ordered.size()) ? "; the rows after it were renumbered" : ""), clock);
		return removed.line();
	}

	private TallyRow row(int number) {
		List<TallyRow> ordered = ordered();
		if (number < 1 || number > ordered.size()) {
			throw new NoSuchElementException("Operation " + this.id + " has no row " + number);
		}
		return ordered.get(number - 1);
	}

	private List<TallyRow> ordered() {
		return this.rows.stream().sorted(Comparator.comparingInt(TallyRow::getPosition)).toList();
	}

	private void changed(Kind kind, Actor by, String reason, String detail, Clock clock) {
		this.updatedAt = clock.instant();
		if (this.status.hasBeenPublished()) {
			this.publicUpdatedAt = this.updatedAt;
		}
		else if (this.status == OperationStatus.REJECTED) {
			// Editing a rejected operation makes it a draft again, as for releases.
			OperationStatus from = this.status;
			this.status = OperationStatus.DRAFT;
			record(kind, from, by.id(), reason, detail);
			return;
		}
		record(kind, this.status, by.id(), reason, detail);
	}

	// Transitions

	public void submit(Actor by, Long seenVersion, Clock clock) {
		require(OperationAction.SUBMIT, by, seenVersion);
		transition(OperationStatus.SUBMITTED, Kind.SUBMITTED, by, null, clock);
		this.rejectionComment = null;
	}

	public void reject(Actor by, Long seenVersion, String comment, Clock clock) {
		require(OperationAction.REJECT, by, seenVersion);
		String why = required(comment, "Say what needs to change, so the writer can fix it");
		transition(OperationStatus.REJECTED, Kind.REJECTED, by, why, clock);
		this.rejectionComment = why;
	}

	/**
	 * Publishes a reviewed operation: its results appear on every public page. The
	 * reviewer cannot be anyone who created, edited or submitted it.
	 */
	public void publish(Actor by, Long seenVersion, Clock clock) {
		require(OperationAction.PUBLISH, by, seenVersion);
		transition(OperationStatus.PUBLISHED, Kind.PUBLISHED, by, null, clock);
		if (this.publishedAt == null) {
			this.publishedAt = this.updatedAt;
		}
	}

	/**
	 * Takes the operation and its results off every public page, for a reason kept in the
	 * history. Its address answers 410 Gone until it is restored.
	 */
	public void hide(Actor by, Long seenVersion, String reason, Clock clock) {
		require(OperationAction.HIDE, by, seenVersion);
		transition(OperationStatus.HIDDEN, Kind.HIDDEN, by, required(reason, "Say why the results are hidden"), clock);
	}

	public void restore(Actor by, Long seenVersion, String comment, Clock clock) {
		require(OperationAction.RESTORE, by, seenVersion);
		transition(OperationStatus.PUBLISHED, Kind.RESTORED, by,
				(comment == null || comment.isBlank()) ? null : comment.strip(), clock);
	}

	/**
	 * Marks a draft as published without the workflow: for results published before this
	 * site reviewed them, such as the demo content.
	 */
	public void recordAsPublished(Clock clock) {
		if (this.status != OperationStatus.DRAFT) {
			throw new OperationWorkflowException("Only a draft can be recorded as published");
		}
		this.status = OperationStatus.PUBLISHED;
		this.updatedAt = clock.instant();
		this.publishedAt = this.updatedAt;
		record(Kind.RECORDED_AS_PUBLISHED, OperationStatus.DRAFT, null, null, null);
	}

	private void transition(OperationStatus to, Kind kind, Actor by, String comment, Clock clock) {
		OperationStatus from = this.status;
		this.status = to;
		this.updatedAt = clock.instant();
		record(kind, from, by.id(), comment, null);
	}

	private void record(Kind kind, OperationStatus from, Long by, String comment, String detail) {
		// The version this change makes: the first save of a new operation is version 0,
		// and every later transaction adds one.
		long made = (this.id == null) ? 0 : this.version + 1;
		this.changes.add(new OperationChange(this, made, kind, from, this.status, by,
				(this.updatedAt != null) ? this.updatedAt : this.createdAt, comment, detail));
	}

	private void describe(Description description) {
		if (description.endDate().isBefore(description.startDate())) {
			throw new IllegalArgumentException("An operation cannot end before it starts");
		}
		this.name = description.name();
		this.codeName = description.codeName();
		this.ledBy = description.ledBy();
		this.startDate = description.startDate();
		this.endDate = description.endDate();
		this.summary = description.summary();
	}

	private String changesTo(Description description, Set<Area> covered) {
		List<String> changed = new ArrayList<>();
		if (!this.name.equals(description.name())) {
			changed.add("name (was \u201c" + this.name + "\u201d)");
		}
		if (!Objects.equals(this.codeName, description.codeName())) {
			changed.add("code name");
		}
		if (!this.ledBy.equals(description.ledBy())) {
			changed.add("unit responsible");
		}
		if (!this.startDate.equals(description.startDate()) || !this.endDate.equals(description.endDate())) {
			changed.add("dates (were " + LondonTime.dateRange(this.startDate, this.endDate) + ")");
		}
		if (!this.summary.equals(description.summary())) {
			changed.add("summary");
		}
		if (!ids(this.areas).equals(ids(covered))) {
			changed.add("areas");
		}
		return changed.isEmpty() ? "Saved with no changes" : "Changed " + String.join(", ", changed);
	}

	private static Set<Long> ids(Set<Area> areas) {
		return areas.stream().map(Area::getId).collect(Collectors.toSet());
	}

	private static String required(String text, String message) {
		if (text == null || text.isBlank()) {
			throw new OperationWorkflowException(message);
		}
		String stripped = text.strip();
		if (stripped.length() > REASON_MAX) {
			throw new OperationWorkflowException("Keep it to " + REASON_MAX + " characters or fewer");
		}
		return stripped;
	}

	// Queries

	/** Whether the public may see the operation and its results: see OperationStatus. */
	public boolean isPubliclyVisible() {
		return this.status.isPubliclyVisible();
	}

	public int resultCount() {
		return this.rows.size();
	}

	public Tally tally() {
		return Tally.of(ordered().stream().map(TallyRow::line).toList());
	}

	/** Oldest first. */
	public List<OperationChange> history() {
		return Collections.unmodifiableList(this.changes);
	}

	/** The corrections readers are told of, oldest first. */
	public List<OperationChange> corrections() {
		return this.changes.stream().filter(OperationChange::isCorrection).toList();
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getCodeName() {
		return this.codeName;
	}

	/** The unit responsible, like "Serious Violence Unit". */
	public String getLedBy() {
		return this.ledBy;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public String getSummary() {
		return this.summary;
	}

	public Set<Area> getAreas() {
		return Set.copyOf(this.areas);
	}

	public OperationStatus getStatus() {
		return this.status;
	}

	/** The open rejection comment: kept until the operation is submitted again. */
	public String getRejectionComment() {
		return this.rejectionComment;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getPublicUpdatedAt() {
		return this.publicUpdatedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** What every form and workflow button carries, so a stale decision is refused. */
	public long getVersion() {
		return this.version;
	}

	/** A press officer acting on an operation: who, and in which role. */
	public record Actor(long id, Role role) {

		public Actor {
			Objects.requireNonNull(role);
		}

	}

	/** What an operation is, tidied as it will be stored. */
	public record Description(String name, String codeName, String ledBy, LocalDate startDate, LocalDate endDate,
			String summary) {

		public Description {
			name = Objects.requireNonNull(name).strip();
			codeName = (codeName == null || codeName.isBlank()) ? null : codeName.strip();
			ledBy = Objects.requireNonNull(ledBy).strip();
			Objects.requireNonNull(startDate);
			Objects.requireNonNull(endDate);
			summary = Objects.requireNonNull(summary).strip();
		}

	}

}
