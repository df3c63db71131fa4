package uk.policenewsroom.operations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.accounts.Accounts;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.operations.Operation.Actor;
import uk.policenewsroom.operations.OperationViews.ChangeView;
import uk.policenewsroom.operations.OperationViews.Correction;
import uk.policenewsroom.operations.OperationViews.OperationHistory;
import uk.policenewsroom.operations.OperationViews.OperationList;
import uk.policenewsroom.operations.OperationViews.OperationListing;
import uk.policenewsroom.operations.OperationViews.OperationPage;
import uk.policenewsroom.operations.OperationViews.OperationRecord;
import uk.policenewsroom.operations.OperationViews.OperationSummary;
import uk.policenewsroom.operations.OperationViews.RecordedRow;
import uk.policenewsroom.operations.OperationViews.RowView;
import uk.policenewsroom.operations.OperationViews.TotalView;
import uk.policenewsroom.site.LondonTime;
import uk.policenewsroom.site.PageNumber;

/**
 * Read side of operations: the views the public pages, the press office and other
 * features need. What the public sees ({@link #latest}, {@link #page},
 * {@link #publicSummary}) is only ever what {@link OperationStatus#isPubliclyVisible()}
 * allows: drafts, operations in review and hidden ones are not there.
 */
@Component
@Transactional(readOnly = true)
public class OperationFinder {

	private final Operations operations;

	private final OperationReleases releases;

	private final Accounts accounts;

	OperationFinder(Operations operations, OperationReleases releases, Accounts accounts) {
		this.operations = operations;
		this.releases = releases;
		this.accounts = accounts;
	}

	/** The latest public operations, newest first. */
	public List<OperationSummary> latest(int count) {
		return this.operations.findPubliclyVisible(PageRequest.of(0, count))
			.stream()
			.map(OperationFinder::summary)
			.toList();
	}

	/** The latest operations that covered an area, newest first. */
	public List<OperationSummary> latestIn(String areaSlug, int count) {
		return this.operations.findPubliclyVisibleCovering(areaSlug, PageRequest.of(0, count))
			.stream()
			.map(OperationFinder::summary)
			.toList();
	}

	/** Every operation page's path and when it last changed. */
	public List<OperationViews.PageAddress> addresses() {
		return this.operations.findPubliclyVisibleAddresses()
			.stream()
			.map((a) -> new OperationViews.PageAddress("/operations/" + a.getSlug(), a.getUpdatedAt()))
			.toList();
	}

	/** A public operation's headline totals, for a release about it. */
	public Optional<OperationSummary> publicSummary(long id) {
		return this.operations.findWithResultsById(id)
			.filter(Operation::isPubliclyVisible)
			.map(OperationFinder::summary);
	}

	/** A public operation's page. */
	public Optional<OperationPage> page(String slug) {
		return this.operations.findBySlug(slug).filter(Operation::isPubliclyVisible).map(this::page);
	}

	/**
	 * Whether the operation at this address was published and has been hidden by an
	 * editor: its address then answers 410 Gone rather than 404.
	 */
	public boolean isHidden(String slug) {
		return this.operations.findBySlug(slug)
			.map((operation) -> operation.getStatus() == OperationStatus.HIDDEN)
			.orElse(false);
	}

	/** A page of the press office's list, newest first. */
	public OperationList list(PageNumber page, int size) {
		Page<Operations.Listed> found = page.require(this.operations.findListed(page.of(size)));
		return new OperationList(found.stream()
			.map((listed) -> new OperationListing(listed.getId(), listed.getSlug(), listed.getName(),
					LondonTime.dateRange(listed.getStartDate(), listed.getEndDate()), listed.getRowCount(),
					listed.getStatus().label(), statusClass(listed.getStatus())))
			.toList(), page.number(), found.hasPrevious(), found.hasNext());
	}

	/**
	 * An operation as {@code viewer} sees it in the press office, with what they may do.
	 */
	public Optional<OperationRecord> record(long id, Actor viewer) {
		return this.operations.findWithResultsById(id).map((operation) -> record(operation, viewer));
	}

	/**
	 * An operation as {@code viewer} sees it, when they may do {@code action} to it now;
	 * otherwise the refusal they would get for trying.
	 */
	public OperationRecord recordFor(long id, OperationAction action, Actor viewer) {
		Operation operation = this.operations.findWithResultsById(id)
			.orElseThrow(() -> new NoSuchElementException("No operation " + id));
		operation.check(action, viewer);
		return record(operation, viewer);
	}

	/** What row {@code number} of an operation says now. */
	TallyLine line(long id, int number) {
		List<TallyLine> lines = this.operations.findWithResultsById(id)
			.orElseThrow(() -> new NoSuchElementException("No operation " + id))
			.tally()
			.lines();
		if (number < 1 || number > lines.size()) {
			throw new NoSuchElementException("Operation " + id + " has no row " + number);
		}
		return lines.get(number - 1);
	}

	/** An operation's history, oldest first, with who did what. */
	public Optional<OperationHistory> history(long id) {
		return this.operations.findById(id).map((operation) -> {
			Map<Long, String> names = names(operation.history().stream().map(OperationChange::getBy).toList());
			return new OperationHistory(operation.getId(), operation.getName(), operation.getStatus().label(),
					statusClass(operation.getStatus()),
					operation.history().stream().map((change) -> change(change, names)).toList());
		});
	}

	/**
	 * What has changed since {@code version}, oldest first: shown when a decision made on
	 * that version is refused as stale. Everything, if the version is unknown.
	 */
	public List<ChangeView> changesSince(long id, Long version) {
		return this.operations.findById(id).map((operation) -> {
			List<OperationChange> since = operation.history()
				.stream()
				.filter((change) -> version == null || change.getVersion() > version)
				.toList();
			Map<Long, String> names = names(since.stream().map(OperationChange::getBy).toList());
			return since.stream().map((change) -> change(change, names)).toList();
		}).orElse(List.of());
	}

	private OperationPage page(Operation operation) {
		Tally tally = operation.tally();
		List<TallyLine> lines = tally.lines();
		List<RowView> rows = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			TallyLine line = lines.get(i);
			rows.add(new RowView(i + 1, line.kind().label(), line.description(),
					(line.drugClass() != null) ? line.drugClass().label() : null,
					Amounts.shown(line.quantity(), line.unit()), line.approximate()));
		}
		return new OperationPage(operation.getSlug(), operation.getName(), operation.getCodeName(),
				operation.getLedBy(), operation.getStartDate().toString(), operation.getEndDate().toString(),
				LondonTime.dateRange(operation.getStartDate(), operation.getEndDate()), operation.getSummary(),
				operation.getAreas().stream().sorted(Comparator.comparing(Area::getName)).map(Area::toView).toList(),
				List.copyOf(rows), totals(tally), this.releases.publishedAbout(operation.getId()),
				LondonTime.of(operation.getPublicUpdatedAt()),
				operation.corrections()
					.stream()
					.map((change) -> new Correction(LondonTime.of(change.getAt()), change.getComment()))
					.toList());
	}

	private static OperationRecord record(Operation operation, Actor viewer) {
		Tally tally = operation.tally();
		List<TallyLine> lines = tally.lines();
		List<RecordedRow> rows = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			TallyLine line = lines.get(i);
			String quantity = (line.unit() == Unit.PENCE) ? Amounts.money(line.quantity())
					: Amounts.number(line.quantity());
			rows.add(new RecordedRow(i + 1, line.kind().label(), line.description(),
					(line.drugClass() != null) ? line.drugClass().label() : null, quantity, line.unit().label(),
					line.approximate(), line.text()));
		}
		List<Area> areas = operation.getAreas().stream().sorted(Comparator.comparing(Area::getName)).toList();
		Set<OperationAction> actions = operation.actionsFor(viewer);
		boolean awaitingAnotherReviewer = operation.getStatus() == OperationStatus.SUBMITTED
				&& operation.allows(OperationAction.REJECT, viewer) && !actions.contains(OperationAction.PUBLISH);
		return new OperationRecord(operation.getId(), operation.getSlug(), operation.getName(), operation.getCodeName(),
				operation.getLedBy(), operation.getStartDate(), operation.getEndDate(),
				LondonTime.dateRange(operation.getStartDate(), operation.getEndDate()), operation.getSummary(),
				areas.stream().map(Area::toView).toList(), areas.stream().map(Area::getId).toList(),
				operation.getVersion(), LondonTime.of(operation.getUpdatedAt()), List.copyOf(rows), totals(tally),
				operation.getStatus(), operation.getStatus().label(), statusClass(operation.getStatus()),
				operation.isPubliclyVisible(),
				(operation.getStatus() == OperationStatus.REJECTED || operation.getStatus() == OperationStatus.DRAFT)
						? operation.getRejectionComment() : null,
				actions, awaitingAnotherReviewer);
	}

	private static ChangeView change(OperationChange change, Map<Long, String> names) {
		return new ChangeView(change.getVersion(), LondonTime.of(change.getAt()),
				(change.getBy() != null) ? names.getOrDefault(change.getBy(), "Unknown account") : "The system",
				change.getKind().label(), (change.getFromStatus() != null) ? change.getFromStatus().label() : null,
				change.getToStatus().label(), change.getComment(), change.getDetail(), change.isCorrection());
	}

	private Map<Long, String> names(Collection<Long> ids) {
		Set<Long> wanted = new HashSet<>(ids);
		wanted.remove(null);
		Map<Long, String> names = new HashMap<>();
		if (!wanted.isEmpty()) {
			this.accounts.findAllById(wanted)
				.forEach((account) -> names.put(account.getId(), account.getDisplayName()));
		}
		return names;
	}

	static String statusClass(OperationStatus status) {
		return switch (status) {
			case DRAFT -> "status--draft";
			case SUBMITTED -> "status--submitted";
			case REJECTED, HIDDEN -> "status--rejected";
			case PUBLISHED -> "status--published";
		};
	}

	private static OperationSummary summary(Operation operation) {
		return new OperationSummary(operation.getSlug(), operation.getName(), operation.getCodeName(),
				operation.getLedBy(), LondonTime.dateRange(operation.getStartDate(), operation.getEndDate()),
				operation.getSummary(), totals(operation.tally()));
	}

	private static List<TotalView> totals(Tally tally) {
		return tally.totals()
			.stream()
			.map((total) -> new TotalView(total.label(), total.value(),
					OpenData.quantity(total.amount(), total.unit()).toPlainString(), total.approximate(), total.rows()))
			.toList();
	}

}
