package uk.policenewsroom.operations;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

import uk.policenewsroom.areas.AreaView;
import uk.policenewsroom.operations.Figures.Counted;
import uk.policenewsroom.operations.Figures.Sum;
import uk.policenewsroom.operations.Tally.Key;
import uk.policenewsroom.site.LondonTime;

/**
 * The results dashboard as the page shows it: every figure with the link to the
 * operations it comes from, and a chart beside each table. A figure from one operation
 * links to that operation's page; a figure from several links to this dashboard narrowed
 * to them, where the table by operation lists each.
 */
final class ResultsDashboard {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final String BY_OPERATION = "by-operation";

	private ResultsDashboard() {
	}

	/**
	 * @param figure the figure the breakdowns show; when {@code null}, arrests if any
	 * operation recorded them, otherwise the first figure there is
	 */
	static Dashboard of(Figures figures, ResultsFilter filter, Key figure, List<AreaView> areas) {
		Map<Key, Sum> totals = figures.totals();
		Key chosen = (figure != null) ? figure
				: totals.keySet()
					.stream()
					.filter((key) -> key.kind() == TallyKind.ARRESTS)
					.findFirst()
					.or(() -> totals.keySet().stream().findFirst())
					.orElse(null);
		List<Option> options = new ArrayList<>();
		totals.keySet().forEach((key) -> options.add(new Option(key.code(), key.label(), key.equals(chosen))));
		if (chosen != null && !totals.containsKey(chosen)) {
			options.add(new Option(chosen.code(), chosen.label(), true));
		}
		List<Line> overall = new ArrayList<>();
		totals.forEach((key, sum) -> overall.add(line(key.label(), sum, filter, key, key.label())));
		List<Breakdown> breakdowns = new ArrayList<>();
		if (chosen != null) {
			breakdowns.add(byMonth(figures, filter, chosen));
			breakdowns.add(byArea(figures, filter, chosen));
			breakdowns.add(byOperation(figures, filter, chosen));
		}
		List<Breakdown> drugs = new ArrayList<>();
		for (Unit measure : figures.drugMeasures()) {
			drugs.add(drugsByClass(figures, filter, measure));
		}
		int count = figures.operations().size();
		String scope = count + ((count == 1) ? " operation" : " operations")
				+ Optional.ofNullable(dates(filter)).map((dates) -> " that " + dates).orElse("")
				+ areas.stream()
					.filter((area) -> area.slug().equals(filter.area()))
					.findFirst()
					.map((area) -> " in " + area.name())
					.orElse("");
		return new Dashboard(count, scope, (chosen != null) ? chosen.label() : null, options, List.copyOf(overall),
				List.copyOf(breakdowns), List.copyOf(drugs), areas, OpenDataLinks.of(filter));
	}

	private static Breakdown byMonth(Figures figures, ResultsFilter filter, Key key) {
		List<Line> lines = new ArrayList<>();
		figures.byMonth(key).forEach((month, sum) -> {
			String name = MONTH.format(month);
			lines.add(line(name, sum, filter.withinMonth(month), key, key.label() + " in " + name));
		});
		return breakdown("by-month", key.label() + " by month", "Month",
				"Each operation counts in the month it ended. Months in which no operation ended are left out.", lines);
	}

	private static Breakdown byArea(Figures figures, ResultsFilter filter, Key key) {
		List<Line> lines = new ArrayList<>();
		figures.byArea(key).forEach((area, sum) -> {
			ResultsFilter narrowed = (area == Figures.NO_AREA) ? null : filter.inArea(area.slug());
			lines.add(line(area.name(), sum, narrowed, key, key.label() + " in " + area.name()));
		});
		return breakdown("by-area", key.label() + " by area", "Area",
				"An operation that covered several areas counts in each of them, so the areas can add up to more than the total.",
				lines);
	}

	private static Breakdown byOperation(Figures figures, ResultsFilter filter, Key key) {
		List<Line> lines = new ArrayList<>();
		figures.byOperation(key)
			.forEach((operation, sum) -> lines
				.add(line(operation.name(), sum, filter, key, key.label() + " in " + operation.name())));
		return breakdown(BY_OPERATION, key.label() + " by operation", "Operation",
				"Newest first. Each figure links to the operation’s page, where it is traced to the rows it adds up.",
				lines);
	}

	private static Breakdown drugsByClass(Figures figures, ResultsFilter filter, Unit measure) {
		List<Line> lines = new ArrayList<>();
		figures.drugsByClass(measure).forEach((key, sum) -> {
			String name = (key.drugClass() != null) ? key.drugClass().label() : "Unclassified";
			lines.add(line(name, sum, filter, key, key.label()));
		});
		String how = switch (measure) {
			case GRAMS -> "by weight";
			case WRAPS -> "in wraps";
			case PILLS -> "in pills";
			case PLANTS -> "as plants";
			default -> measure.phrase();
		};
		return breakdown("drugs-" + measure.name().toLowerCase(Locale.ROOT), "Drugs seized " + how + ", by class",
				"Class", null, lines);
	}

	private static Breakdown breakdown(String id, String title, String heading, String note, List<Line> lines) {
		List<BarChart.Item> items = lines.stream()
			.map((line) -> new BarChart.Item(line.label(), line.figure(), line.sum().amount()))
			.toList();
		return new Breakdown(id, title, heading, note, BarChart.of("chart-" + id, title, items), List.copyOf(lines));
	}

	/**
	 * @param narrowed the dashboard's filters for exactly the operations of this line, or
	 * {@code null} when no filter can say which they are
	 */
	private static Line line(String label, Sum sum, ResultsFilter narrowed, Key key, String context) {
		List<OperationLink> from = sum.from().stream().map(ResultsDashboard::link).toList();
		String href = null;
		String linkContext = context;
		if (from.size() == 1) {
			href = from.get(0).href();
			linkContext = context.contains(from.get(0).name()) ? context : context + ", from " + from.get(0).name();
		}
		else if (from.size() > 1 && narrowed != null) {
			href = dashboard(narrowed, key) + "#" + BY_OPERATION;
			linkContext = context + ", operation by operation";
		}
		return new Line(label, sum.shown(), OpenData.quantity(sum.amount(), sum.unit()).toPlainString(), sum, href,
				linkContext, from);
	}

	private static OperationLink link(Counted operation) {
		return new OperationLink(operation.name(), "/operations/" + operation.slug());
	}

	static String dashboard(ResultsFilter filter, Key key) {
		return query(UriComponentsBuilder.fromPath("/results"), filter).queryParam("figure", key.code())
			.encode()
			.build()
			.toUriString();
	}

	private static UriComponentsBuilder query(UriComponentsBuilder uri, ResultsFilter filter) {
		Optional.ofNullable(filter.from()).ifPresent((from) -> uri.queryParam("from", from));
		Optional.ofNullable(filter.to()).ifPresent((to) -> uri.queryParam("to", to));
		Optional.ofNullable(filter.area()).ifPresent((area) -> uri.queryParam("area", area));
		return uri;
	}

	/** The whole dashboard. */
	record Dashboard(int operationCount, String scope, String figureLabel, List<Option> figures, List<Line> totals,
			List<Breakdown> breakdowns, List<Breakdown> drugs, List<AreaView> areas, OpenDataLinks downloads) {

		public boolean isEmpty() {
			return this.operationCount == 0;
		}

	}

	/** A figure a reader can choose to break down. */
	record Option(String code, String label, boolean selected) {

	}

	/** One table with its chart beside it. */
	record Breakdown(String id, String title, String heading, String note, BarChart chart, List<Line> lines) {

	}

	/**
	 * A figure in a table: {@code figure} as shown, {@code exact} as the files give it,
	 * {@code href} to the operations it comes from ({@code null} when none, or when only
	 * the list {@code from} can say), {@code context} what the figure is, for a link read
	 * on its own.
	 */
	record Line(String label, String figure, String exact, Sum sum, String href, String context,
			List<OperationLink> from) {

	}

	record OperationLink(String name, String href) {

	}

	/**
	 * The open-data files with the same filters as the page, so they give its figures.
	 */
	record OpenDataLinks(String csv, String json) {

		static OpenDataLinks of(ResultsFilter filter) {
			return new OpenDataLinks(file("/operations.csv", filter), file("/operations.json", filter));
		}

		private static String file(String path, ResultsFilter filter) {
			return query(UriComponentsBuilder.fromPath(path), filter).encode().build().toUriString();
		}

	}

	private static String dates(ResultsFilter filter) {
		if (filter.from() != null && filter.to() != null) {
			return "ended between " + LondonTime.date(filter.from()) + " and " + LondonTime.date(filter.to());
		}
		if (filter.from() != null) {
			return "ended on or after " + LondonTime.date(filter.from());
		}
		if (filter.to() != null) {
			return "ended on or before " + LondonTime.date(filter.to());
		}
		return null;
	}

}
