package uk.policenewsroom.operations;

import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.areas.Area;
import uk.policenewsroom.areas.AreaView;
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.OpenData.CollectionFile;
import uk.policenewsroom.operations.OpenData.OperationData;
import uk.policenewsroom.operations.OpenData.OperationFile;
import uk.policenewsroom.operations.Operations.Selection;
import uk.policenewsroom.site.SiteProperties;

/**
 * Read side of the open-data files and the results dashboard. Everything it reads comes
 * through {@link Operations#findPubliclyVisible}, so nothing the public may not see can
 * reach a file or a chart.
 */
@Component
@Transactional(readOnly = true)
class ResultsFinder {

	private final Operations operations;

	private final Areas areas;

	private final SiteProperties site;

	ResultsFinder(Operations operations, Areas areas, SiteProperties site) {
		this.operations = operations;
		this.areas = areas;
		this.site = site;
	}

	/**
	 * {@code /operations/{slug}.json}, or empty when there is no such public operation.
	 */
	Optional<OperationFile> operation(String slug) {
		return this.operations.findPubliclyVisible(Selection.bySlug(slug))
			.stream()
			.findFirst()
			.map(this::data)
			.map(OpenData::file);
	}

	/** The operations the filter selects, newest first, and their totals. */
	CollectionFile collection(ResultsFilter filter) {
		List<Operation> found = visible(filter);
		return OpenData.collection(filter, found.stream().map(this::data).toList(), figures(found).totals());
	}

	/** What the dashboard adds up for the filter. */
	Figures figures(ResultsFilter filter) {
		return figures(visible(filter));
	}

	/** The areas a reader can choose from, by name. */
	List<AreaView> areas() {
		return this.areas.findAllByOrderByNameAsc().stream().map(Area::toView).toList();
	}

	private List<Operation> visible(ResultsFilter filter) {
		Area area = null;
		if (filter.area() != null) {
			area = this.areas.findBySlug(filter.area()).orElseThrow(() -> new NoSuchArea(filter.area()));
		}
		return this.operations.findPubliclyVisible(new Selection(null, filter.from(), filter.to(), area));
	}

	private static Figures figures(List<Operation> operations) {
		return new Figures(operations.stream()
			.map((operation) -> new Figures.Counted(operation.getSlug(), operation.getName(), operation.getEndDate(),
					areas(operation), operation.tally().totals()))
			.toList());
	}

	private OperationData data(Operation operation) {
		return OpenData.operation(operation, areas(operation),
				this.site.baseUrl() + "/operations/" + operation.getSlug());
	}

	private static List<AreaView> areas(Operation operation) {
		return operation.getAreas().stream().sorted(Comparator.comparing(Area::getName)).map(Area::toView).toList();
	}

	/**
	 * An area filter that names no area: a 404, as for any address that leads nowhere.
	 */
	static final class NoSuchArea extends NoSuchElementException {

		private static final long serialVersionUID = 1L;

		NoSuchArea(String slug) {
			super("There is no area called '" + slug + "'");
		}

	}

}
