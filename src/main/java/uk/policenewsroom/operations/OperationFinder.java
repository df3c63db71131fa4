package uk.policenewsroom.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.areas.Area;
import uk.policenewsroom.operations.OperationViews.OperationPage;
import uk.policenewsroom.operations.OperationViews.OperationSummary;
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

	public Optional<OperationSummary> summaryById(long id) {
		return this.operations.findWithResultsById(id).map(OperationFinder::summary);
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
