package uk.policenewsroom.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.areas.Area;
import uk.policenewsroom.operations.OperationViews.OperationList;
import uk.policenewsroom.operations.OperationViews.OperationListing;
import uk.policenewsroom.operations.OperationViews.OperationPage;
import uk.policenewsroom.operations.OperationViews.OperationRecord;
import uk.policenewsroom.operations.OperationViews.OperationSummary;
import uk.policenewsroom.operations.OperationViews.RecordedRow;
import uk.policenewsroom.operations.OperationViews.RowView;
import uk.policenewsroom.operations.OperationViews.TotalView;
import uk.policenewsroom.site.LondonTime;

/**
 * Read side of operations: the views the public pages and other features need.
 */
@Component
@Transactional(readOnly = true)
public class OperationFinder {

	private final Operations operations;

	private final OperationReleases releases;

	OperationFinder(Operations operations, OperationReleases releases) {
		this.operations = operations;
		this.releases = releases;
	}

	public List<OperationSummary> latest(int count) {
		return this.operations.findAllByOrderByEndDateDescIdDesc(PageRequest.of(0, count))
			.stream()
			.map(OperationFinder::summary)
			.toList();
	}

	/** The latest operations that covered an area, newest first. */
	public List<OperationSummary> latestIn(String areaSlug, int count) {
		return this.operations.findCovering(areaSlug, PageRequest.of(0, count))
			.stream()
			.map(OperationFinder::summary)
			.toList();
	}

	/** Every operation page's path and when it last changed. */
	public List<OperationViews.PageAddress> addresses() {
		return this.operations.findAddresses()
			.stream()
			.map((a) -> new OperationViews.PageAddress("/operations/" + a.getSlug(), a.getUpdatedAt()))
			.toList();
	}

	public Optional<OperationSummary> summaryById(long id) {
		return this.operations.findWithResultsById(id).map(OperationFinder::summary);
	}

	/** The press office's list, newest first; {@code page} counts from 1. */
	public OperationList list(int page, int size) {
		Page<Operations.Listed> found = this.operations.findListed(PageRequest.of(page - 1, size));
		return new OperationList(found.stream()
			.map((listed) -> new OperationListing(listed.getId(), listed.getSlug(), listed.getName(),
					LondonTime.dateRange(listed.getStartDate(), listed.getEndDate()), listed.getRowCount()))
			.toList(), page, found.hasPrevious(), found.hasNext());
	}

	/** An operation as the press office edits it. */
	public Optional<OperationRecord> record(long id) {
		return this.operations.findWithResultsById(id).map(OperationFinder::record);
	}

	public Optional<OperationPage> page(String slug) {
		return this.operations.findBySlug(slug).map(this::page);
	}

	private OperationPage page(Operation operation) {
		Tally tally = operation.tally();
		List<TallyLine> lines = tally.lines();
		List<RowView> rows = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			TallyLine line = lines.get(i);
			rows.add(new RowView(i + 1, line.kind().label(), line.description(),
					(line.drugClass() != null) ? line.drugClass().label() : null,
					Tally.quantity(line.quantity(), line.unit()), line.approximate()));
		}
		return new OperationPage(operation.getSlug(), operation.getName(), operation.getCodeName(), operation.getUnit(),
				operation.getStartDate().toString(), operation.getEndDate().toString(),
				LondonTime.dateRange(operation.getStartDate(), operation.getEndDate()), operation.getSummary(),
				operation.getAreas().stream().sorted(Comparator.comparing(Area::getName)).map(Area::toView).toList(),
				List.copyOf(rows), totals(tally), this.releases.publishedAbout(operation.getId()));
	}

	private static OperationRecord record(Operation operation) {
		Tally tally = operation.tally();
		List<TallyLine> lines = tally.lines();
		List<RecordedRow> rows = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			TallyLine line = lines.get(i);
			String quantity = (line.unit() == Unit.PENCE) ? Tally.money(line.quantity())
					: Tally.number(line.quantity());
			rows.add(new RecordedRow(i + 1, line.kind().label(), line.description(),
					(line.drugClass() != null) ? line.drugClass().label() : null, quantity, line.unit().label(),
					line.approximate(), line.text()));
		}
		List<Area> areas = operation.getAreas().stream().sorted(Comparator.comparing(Area::getName)).toList();
		return new OperationRecord(operation.getId(), operation.getSlug(), operation.getName(), operation.getCodeName(),
				operation.getUnit(), operation.getStartDate(), operation.getEndDate(),
				LondonTime.dateRange(operation.getStartDate(), operation.getEndDate()), operation.getSummary(),
				areas.stream().map(Area::toView).toList(), areas.stream().map(Area::getId).toList(),
				operation.getVersion(), LondonTime.of(operation.getUpdatedAt()), List.copyOf(rows), totals(tally));
	}

	private static OperationSummary summary(Operation operation) {
		return new OperationSummary(operation.getSlug(), operation.getName(), operation.getCodeName(),
				operation.getUnit(), LondonTime.dateRange(operation.getStartDate(), operation.getEndDate()),
				operation.getSummary(), totals(operation.tally()));
	}

	private static List<TotalView> totals(Tally tally) {
		return tally.totals()
			.stream()
			.map((total) -> new TotalView(total.label(), total.value(), total.approximate(), total.rows()))
			.toList();
	}

}
