package uk.policenewsroom.releases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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

	PressOfficeFinder(Releases releases, ReleaseRevisions revisions, Accounts accounts, Operations operations,
			LeadImages images) {
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
				rows(this.releases.findFlagged()));
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

	public Optional<Overview> overview(long id) {
		return this.releases.findById(id).map(this::overview);
	}

	private Overview overview(Release r) {
		Map<Long, String> names = names(
				Arrays.asList(r.getAuthorId(), r.getSubmittedBy(), r.getPublishedBy(), r.getUnreviewedBy()));
		ReleaseStatus status = r.getStatus();
		String operation = (r.getOperationId() != null)
				? this.operations.findById(r.getOperationId()).map(Operation::getName).orElse(null) : null;
		return new Overview(r.getId(), r.getSlug(), r.getTitle(), r.getSummary(), ReleaseBody.toHtml(r.getBody()),
				status.label(), statusClass(status), r.getCategory().getName(),
				r.getAreas().stream().map(Area::getName).sorted().toList(), operation, names.get(r.getAuthorId()),
				names.get(r.getSubmittedBy()), LondonTime.of(r.getSubmittedAt()), r.getRejectionComment(),
				LondonTime.of(r.getScheduledAt()), LondonTime.of(r.getPublishedAt()), names.get(r.getPublishedBy()),
				r.getUnreviewedReason(), names.get(r.getUnreviewedBy()), LondonTime.of(r.getWithdrawnAt()),
				r.getWithdrawalExplanation(), r.getPreviewToken(), status.isUnpublished(), r.isDeletable(),
				status == ReleaseStatus.DRAFT || status == ReleaseStatus.REJECTED, status == ReleaseStatus.SUBMITTED,
				status == ReleaseStatus.SCHEDULED, status == ReleaseStatus.PUBLISHED, r.isFlagged(),
				status != ReleaseStatus.SCHEDULED && status != ReleaseStatus.WITHDRAWN, r.getVersion(),
				ReleaseFinder.picture(r, this.images));
	}

	public List<RevisionRow> history(long releaseId) {
		return this.revisions.findByReleaseIdOrderByNumberDesc(releaseId)
			.stream()
			.map((rev) -> new RevisionRow(rev.getNumber(), LondonTime.of(rev.getCreatedAt()), rev.getAuthorName(),
					rev.getWhat(), rev.isMinor()))
			.toList();
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
						Objects.toString(to.getOperationId(), "none")));
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
					r.isFlagged()))
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
