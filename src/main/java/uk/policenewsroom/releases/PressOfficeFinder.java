package uk.policenewsroom.releases;

import java.util.ArrayList;
import java.util.Arrays;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.accounts.Accounts;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.operations.Operation;
import uk.policenewsroom.operations.Operations;
import uk.policenewsroom.releases.OfficeViews.Dashboard;
import uk.policenewsroom.releases.OfficeViews.DiffLine;
import uk.policenewsroom.releases.OfficeViews.FieldDiff;
import uk.policenewsroom.releases.OfficeViews.Overview;
import uk.policenewsroom.releases.OfficeViews.HistoryEntry;
import uk.policenewsroom.releases.OfficeViews.TakeDown;
import uk.policenewsroom.releases.OfficeViews.RevisionRow;
import uk.policenewsroom.releases.OfficeViews.Row;
import uk.policenewsroom.releases.images.LeadImages;
import uk.policenewsroom.site.LondonTime;

/**
 * Read side of releases for the press office: dashboard, search, a release's page, its
 * history and comparisons between revisions.
 */
@Component
@Transactional(readOnly = true)
public class PressOfficeFinder {

	private static final int LIST = 20;

	private final Releases releases;

	private final ReleaseRevisions revisions;

	private final Accounts accounts;

	private final Operations operations;

	private final LeadImages images;

	private final LegalChecks legal;

	private final EmbargoLinks embargoLinks;

	private final ReleaseFinder pages;

	private final Clock clock;

	PressOfficeFinder(Releases releases, ReleaseRevisions revisions, Accounts accounts, Operations operations,
			LeadImages images, LegalChecks legal, EmbargoLinks embargoLinks, ReleaseFinder pages, Clock clock) {
		this.legal = legal;
		this.embargoLinks = embargoLinks;
		this.pages = pages;
		this.clock = clock;
		this.images = images;
		this.releases = releases;
		this.revisions = revisions;
		this.accounts = accounts;
		this.operations = operations;
	}

	public Dashboard dashboard(long officerId) {
		return new Dashboard(
				rows(this.releases.findMine(officerId, EnumSet.of(ReleaseStatus.DRAFT, ReleaseStatus.REJECTED),
						PageRequest.of(0, LIST))),
				rows(this.releases.findByStatuses(EnumSet.of(ReleaseStatus.SUBMITTED), PageRequest.of(0, LIST))),
				rows(this.releases.findScheduled()),
				rows(this.releases.findByStatuses(EnumSet.of(ReleaseStatus.PUBLISHED), PageRequest.of(0, 10))),
				rows(this.releases.findAwaitingApproval()));
	}

	/**
	 * Releases in every state, drafts included, matching the words, best first: the same
	 * index as the public search.
	 */
	public List<Row> search(String words) {
		List<Long> ids = this.releases.searchEverything(words, 50);
		Map<Long, Release> found = new HashMap<>();
		this.releases.findWithCategoryByIdIn(ids).forEach((release) -> found.put(release.getId(), release));
		return rows(ids.stream().map(found::get).filter(Objects::nonNull).toList());
	}

	public Optional<Overview> overview(long id, Actor viewer) {
		return this.releases.findById(id).map((release) -> overview(release, viewer));
	}

	private Overview overview(Release r, Actor viewer) {
		Set<Long> people = new HashSet<>(Arrays.asList(r.getAuthorId(), r.getSubmittedBy(), r.getPublishedBy(),
				r.getUnreviewedBy(), r.getRejectedBy(), r.getWithdrawnBy(), r.getRemovedBy()));
		people.addAll(r.getContributors());
		List<EmbargoLink> links = this.embargoLinks.findByReleaseIdOrderByCreatedAtDescIdDesc(r.getId());
		links.forEach((link) -> people.add(link.getCreatedBy()));
		Map<Long, String> names = names(people);
		ReleaseStatus status = r.getStatus();
		String operation = (r.getOperationId() != null)
				? this.operations.findById(r.getOperationId()).map(Operation::getName).orElse(null) : null;
		TakeDown withdrawal = (r.getWithdrawnAt() != null) ? new TakeDown(LondonTime.of(r.getWithdrawnAt()),
				names.get(r.getWithdrawnBy()), label(r.getWithdrawalReason()), r.getWithdrawalExplanation()) : null;
		TakeDown removal = (r.getRemovedAt() != null) ? new TakeDown(LondonTime.of(r.getRemovedAt()),
				names.get(r.getRemovedBy()), label(r.getRemovalReason()), r.getRemovalNotice()) : null;
		Integer submittedRevision = r.getStatusChanges()
			.stream()
			.filter((change) -> change.getAction() == StatusChange.Step.SUBMITTED)
			.reduce((first, second) -> second)
			.map(StatusChange::getRevision)
			.orElse(null);
		return new Overview(r.getId(), r.getSlug(), r.getTitle(), r.getSummary(), ReleaseBody.toHtml(r.getBody()),
				status.label(), statusClass(status), r.getCategory().getName(),
				r.getAreas().stream().map(Area::getName).sorted().toList(), operation, names.get(r.getAuthorId()),
				names.get(r.getSubmittedBy()), LondonTime.of(r.getSubmittedAt()), r.getRejectionComment(),
				names.get(r.getRejectedBy()), LondonTime.of(r.getScheduledAt()), LondonTime.of(r.getPublishedAt()),
				names.get(r.getPublishedBy()), r.getUnreviewedReason(), names.get(r.getUnreviewedBy()), withdrawal,
				removal, embargoLinkRows(r, links, names, viewer), status.isUnpublished(),
				status == ReleaseStatus.PUBLISHED, r.isAwaitingApproval(), r.getVersion(), r.getRevision(),
				ReleaseFinder.picture(r, this.images), r.allowedActions(viewer), this.legal.warnings(r),
				r.getContributors().stream().map(names::get).filter(Objects::nonNull).sorted().toList(),
				submittedRevision, editorsRefusal(r, viewer, ReleaseStatus.SUBMITTED, ReleaseAction.PUBLISH),
				r.isAwaitingApproval() ? editorsRefusal(r, viewer, ReleaseStatus.PUBLISHED, ReleaseAction.APPROVE)
						: null,
				this.pages.page(r));
	}

	/** The release's embargo links, newest first, and what each does now. */
	private List<OfficeViews.EmbargoLinkRow> embargoLinkRows(Release r, List<EmbargoLink> links,
			Map<Long, String> names, Actor viewer) {
		Instant now = this.clock.instant();
		return links.stream().map((link) -> {
			EmbargoLink.Shows shows = link.showsAt(r, now);
			String state = switch (shows) {
				case RELEASE -> "Works";
				case LIVE_PAGE -> "Sends readers to the published release";
				case REMOVAL_NOTICE -> "Shows only the removal notice";
				case NOTHING_CANCELLED -> "Cancelled " + LondonTime.of(link.getRevokedAt()).text();
				case NOTHING_EXPIRED ->
					(link.getExpiresAt() != null) ? "Expired " + LondonTime.of(link.getExpiresAt()).text() : "Expired";
			};
			boolean working = shows == EmbargoLink.Shows.RELEASE;
			return new OfficeViews.EmbargoLinkRow(link.getId(), link.getRecipient(), names.get(link.getCreatedBy()),
					LondonTime.of(link.getCreatedAt()), LondonTime.of(link.getExpiresAt()), state, working,
					working && link.getExpiresAt() != null && r.getScheduledAt() != null
							&& link.getExpiresAt().isBefore(r.getScheduledAt()),
					link.getOpenings(), LondonTime.of(link.getLastOpenedAt()),
					!link.isCancelled() && link.mayCancel(viewer, r.getAuthorId()));
		}).toList();
	}

	/**
	 * Why this editor may not take a decision that is otherwise due: they had a hand in
	 * the release.
	 */
	private static String editorsRefusal(Release r, Actor viewer, ReleaseStatus due, ReleaseAction action) {
		if (!viewer.editor() || r.getStatus() != due) {
			return null;
		}
		return r.refusal(action, viewer).map(WorkflowException::getMessage).orElse(null);
	}

	/** Why this officer may not do this to the release now. */
	public WorkflowException refusal(long id, Actor by, ReleaseAction action) {
		Release release = this.releases.findById(id).orElseThrow(() -> new NoSuchRelease(id));
		return release.refusal(action, by).orElseThrow(() -> new IllegalStateException(action + " is allowed"));
	}

	private static String label(TakeDownReason reason) {
		return (reason != null) ? reason.label() : null;
	}

	/**
	 * Revisions, workflow steps and legal acknowledgements of a release, newest first, so
	 * a reviewer sees what was asked and what changed since.
	 */
	public List<HistoryEntry> history(long releaseId) {
		Release release = this.releases.findById(releaseId).orElseThrow(() -> new NoSuchRelease(releaseId));
		List<ReleaseRevision> revisions = this.revisions.findByReleaseIdOrderByNumberDesc(releaseId);
		Set<Long> people = new HashSet<>();
		release.getStatusChanges().forEach((change) -> people.add(change.getActorId()));
		release.getAcknowledgements().forEach((ack) -> people.add(ack.getActorId()));
		Map<Long, String> names = names(people);
		record Timed(Instant at, int order, HistoryEntry entry) {
		}
		List<Timed> entries = new ArrayList<>();
		int latest = revisions.isEmpty() ? 0 : revisions.get(0).getNumber();
		for (ReleaseRevision rev : revisions) {
			entries.add(new Timed(rev.getCreatedAt(), 0,
					new HistoryEntry(LondonTime.of(rev.getCreatedAt()), rev.getAuthorName(), "revision",
							"Revision " + rev.getNumber() + ": " + rev.getWhat() + (rev.isMinor() ? " (minor)" : ""),
							null, rev.getNumber(), rev.getNumber() != latest)));
		}
		for (StatusChange change : release.getStatusChanges()) {
			String what = change.getAction().label()
					+ ((change.getFrom() != change.getTo())
							? " (" + change.getFrom().label() + " to " + change.getTo().label() + ")" : "")
					+ " on revision " + change.getRevision();
			entries.add(new Timed(change.getAt(), 1,
					new HistoryEntry(LondonTime.of(change.getAt()), who(names, change.getActorId()), "status", what,
							change.getComment(), change.getRevision(), false)));
		}
		for (LegalAcknowledgement ack : release.getAcknowledgements()) {
			entries
				.add(new Timed(ack.getAt(), 2, new HistoryEntry(LondonTime.of(ack.getAt()),
						who(names, ack.getActorId()), "acknowledgement", "Acknowledged the legal warning “"
								+ ack.getRule().title() + "” on revision " + ack.getRevision(),
						null, ack.getRevision(), false)));
		}
		entries.sort(Comparator.comparing(Timed::at).thenComparing(Timed::order).reversed());
		return entries.stream().map(Timed::entry).toList();
	}

	private static String who(Map<Long, String> names, Long id) {
		return (id != null) ? names.getOrDefault(id, "A former officer") : "system";
	}

	/** The revision numbers of a release, newest first, for the comparison form. */
	public List<Integer> revisionNumbers(long releaseId) {
		return this.revisions.findByReleaseIdOrderByNumberDesc(releaseId)
			.stream()
			.map(ReleaseRevision::getNumber)
			.toList();
	}

	/**
	 * What changed between the revision an officer saw and the latest one, field by
	 * field; empty if they saw the latest, or did not say which they saw.
	 */
	public List<FieldDiff> changesSince(long releaseId, Integer seen) {
		Optional<ReleaseRevision> latest = latestRevision(releaseId);
		if (seen == null || latest.isEmpty() || latest.get().getNumber() == seen) {
			return List.of();
		}
		return revision(releaseId, seen).map((old) -> compare(old, latest.get())).orElse(List.of());
	}

	/** Who saved the latest revision and when, for the conflict page. */
	public Optional<RevisionRow> latestSave(long releaseId) {
		return latestRevision(releaseId)
			.map((rev) -> new RevisionRow(rev.getNumber(), LondonTime.of(rev.getCreatedAt()), rev.getAuthorName()));
	}

	/** The latest revision. */
	public Optional<ReleaseRevision> latestRevision(long releaseId) {
		return this.revisions.findFirstByReleaseIdOrderByNumberDesc(releaseId);
	}

	public Optional<ReleaseRevision> revision(long releaseId, int number) {
		return this.revisions.findByReleaseIdAndNumber(releaseId, number);
	}

	/** Line by line differences between two revisions, field by field. */
	public List<FieldDiff> compare(ReleaseRevision from, ReleaseRevision to) {
		return List.of(diff("Title", from.getTitle(), to.getTitle()), diff("Address", from.getSlug(), to.getSlug()),
				diff("Summary", from.getSummary(), to.getSummary()), diff("Body", from.getBody(), to.getBody()),
				diff("Category", from.getCategory(), to.getCategory()), diff("Areas", from.getAreas(), to.getAreas()),
				diff("Operation", Objects.toString(from.getOperationId(), "none"),
						Objects.toString(to.getOperationId(), "none")),
				diff("Lead image", from.getLeadImageText(), to.getLeadImageText()));
	}

	static FieldDiff diff(String field, String before, String after) {
		List<String> old = lines(before);
		List<String> now = lines(after);
		Patch<String> patch = DiffUtils.diff(old, now);
		List<DiffLine> out = new ArrayList<>();
		int at = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			for (; at < delta.getSource().getPosition(); at++) {
				out.add(new DiffLine("same", old.get(at)));
			}
			delta.getSource().getLines().forEach((line) -> out.add(new DiffLine("removed", line)));
			delta.getTarget().getLines().forEach((line) -> out.add(new DiffLine("added", line)));
			at = delta.getSource().getPosition() + delta.getSource().size();
		}
		for (; at < old.size(); at++) {
			out.add(new DiffLine("same", old.get(at)));
		}
		return new FieldDiff(field, out, !patch.getDeltas().isEmpty());
	}

	private static List<String> lines(String text) {
		return List.of(Objects.requireNonNullElse(text, "").split("\n", -1));
	}

	private List<Row> rows(List<Release> releases) {
		Set<Long> people = new HashSet<>();
		releases.forEach((r) -> people.add(r.getAuthorId()));
		Map<Long, String> names = names(people);
		return releases.stream()
			.map((r) -> new Row(r.getId(), r.getTitle(), r.getStatus().label(), statusClass(r.getStatus()),
					r.getCategory().getName(), names.get(r.getAuthorId()),
					LondonTime.of((r.getStatus() == ReleaseStatus.SCHEDULED) ? r.getScheduledAt()
							: (r.getStatus() == ReleaseStatus.PUBLISHED) ? r.getPublishedAt() : r.getModifiedAt()),
					r.isAwaitingApproval()))
			.toList();
	}

	private Map<Long, String> names(Collection<Long> ids) {
		Set<Long> wanted = new HashSet<>(ids);
		wanted.remove(null);
		Map<Long, String> names = new HashMap<>();
		if (!wanted.isEmpty()) {
			this.accounts.findAllById(wanted).forEach((a) -> names.put(a.getId(), a.getDisplayName()));
		}
		return names;
	}

	static String statusClass(ReleaseStatus status) {
		return "status--" + status.name().toLowerCase(Locale.ROOT);
	}

}
