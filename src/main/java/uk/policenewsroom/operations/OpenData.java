package uk.policenewsroom.operations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

import uk.policenewsroom.areas.AreaView;
import uk.policenewsroom.operations.Tally.Key;
import uk.policenewsroom.operations.Tally.Total;
import uk.policenewsroom.site.SpreadsheetCsv;

/**
 * Operation results as open data, in the stable schema of docs/open-data.md: every row as
 * recorded, and every total with the rows it adds up. Money is in pounds with pence,
 * weights in grams (kilograms converted exactly), counts as whole numbers; nothing is
 * rounded. The same records are written as JSON (by Jackson) and as CSV.
 */
final class OpenData {

	static final Licence LICENCE = new Licence("OGL-UK-3.0", "Open Government Licence v3.0",
			"https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");

	/** Goes up only when a change would break a program that reads the files. */
	static final int SCHEMA_VERSION = 1;

	static final List<String> CSV_HEADER = List.of("operation", "operation_name", "start_date", "end_date", "areas",
			"record", "row", "kind", "label", "detail", "drug_class", "quantity", "unit", "approximate", "from_rows",
			"licence");

	private OpenData() {
	}

	static OperationData operation(Operation operation, List<AreaView> areas, String url) {
		Tally tally = operation.tally();
		List<RowData> rows = new ArrayList<>();
		List<TallyLine> lines = tally.lines();
		for (int i = 0; i < lines.size(); i++) {
			TallyLine line = lines.get(i);
			Unit unit = line.unit().isWeight() ? Unit.GRAMS : line.unit();
			BigDecimal quantity = line.unit().isWeight() ? line.unit().toGrams(line.quantity()) : line.quantity();
			rows.add(new RowData(i + 1, kind(line.kind()), line.kind().label(), line.description(),
					drugClass(line.drugClass()), quantity(quantity, unit), unit(unit), line.approximate()));
		}
		List<TotalData> totals = tally.totals()
			.stream()
			.map((total) -> new TotalData(total.label(), kind(total.key().kind()), drugClass(total.key().drugClass()),
					quantity(total.amount(), total.unit()), unit(total.unit()), total.approximate(), total.rows()))
			.toList();
		return new OperationData(operation.getSlug(), operation.getName(), operation.getCodeName(),
				operation.getLedBy(), operation.getStartDate().toString(), operation.getEndDate().toString(), areas,
				url, rows, totals);
	}

	static OperationFile file(OperationData operation) {
		return new OperationFile(SCHEMA_VERSION, LICENCE, operation);
	}

	static CollectionFile collection(ResultsFilter filter, List<OperationData> operations, Map<Key, Figures.Sum> sums) {
		List<OverallTotal> totals = sums.entrySet()
			.stream()
			.map((entry) -> new OverallTotal(entry.getKey().label(), kind(entry.getKey().kind()),
					drugClass(entry.getKey().drugClass()), quantity(entry.getValue().amount(), entry.getValue().unit()),
					unit(entry.getValue().unit()), entry.getValue().approximate(),
					entry.getValue().from().stream().map(Figures.Counted::slug).toList()))
			.toList();
		return new CollectionFile(SCHEMA_VERSION, LICENCE,
				new Filters((filter.from() != null) ? filter.from().toString() : null,
						(filter.to() != null) ? filter.to().toString() : null, filter.area()),
				operations, totals);
	}

	/**
	 * Operations as CSV: one line per row, then one per total, operation by operation.
	 */
	static String csv(List<OperationData> operations) {
		SpreadsheetCsv csv = SpreadsheetCsv.withHeader(CSV_HEADER);
		for (OperationData operation : operations) {
			String areas = operation.areas().stream().map(AreaView::name).collect(Collectors.joining("; "));
			for (RowData row : operation.rows()) {
				csv.row(operation.slug(), operation.name(), operation.startDate(), operation.endDate(), areas, "row",
						String.valueOf(row.row()), row.kind(), row.kindLabel(), row.detail(), row.drugClass(),
						row.quantity().toPlainString(), row.unit(), String.valueOf(row.approximate()), null,
						LICENCE.id());
			}
			for (TotalData total : operation.totals()) {
				csv.row(operation.slug(), operation.name(), operation.startDate(), operation.endDate(), areas, "total",
						null, total.kind(), total.label(), null, total.drugClass(), total.quantity().toPlainString(),
						total.unit(), String.valueOf(total.approximate()),
						total.fromRows().stream().map(String::valueOf).collect(Collectors.joining(";")), LICENCE.id());
			}
		}
		return csv.toString();
	}

	/**
	 * An amount as the files give it, exactly: pence as pounds with pence ("96509.00"),
	 * anything else as a plain decimal without trailing zeros ("302.42", "1500").
	 */
	static BigDecimal quantity(BigDecimal amount, Unit unit) {
		if (unit == Unit.PENCE) {
			// Cash is whole pence, so this never rounds (setScale would throw if it had
			// to).
			return amount.movePointLeft(2).stripTrailingZeros().setScale(2);
		}
		BigDecimal plain = amount.stripTrailingZeros();
		return (plain.scale() < 0) ? plain.setScale(0) : plain;
	}

	/** The unit as the files name it: count, GBP, g, wraps, pills or plants. */
	static String unit(Unit unit) {
		return switch (unit) {
			case COUNT -> "count";
			case PENCE -> "GBP";
			case GRAMS, KILOGRAMS -> "g";
			case WRAPS -> "wraps";
			case PILLS -> "pills";
			case PLANTS -> "plants";
		};
	}

	static String kind(TallyKind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	private static String drugClass(DrugClass drugClass) {
		return (drugClass != null) ? drugClass.name() : null;
	}

	record Licence(String id, String name, String url) {

	}

	/** {@code /operations/{slug}.json}. */
	record OperationFile(@JsonProperty("schema_version") int schemaVersion, Licence licence, OperationData operation) {

	}

	/** {@code /operations.json}: the operations the filters select, and their totals. */
	record CollectionFile(@JsonProperty("schema_version") int schemaVersion, Licence licence, Filters filters,
			List<OperationData> operations, List<OverallTotal> totals) {

	}

	record Filters(String from, String to, String area) {

	}

	record OperationData(String slug, String name, @JsonProperty("code_name") String codeName,
			@JsonProperty("led_by") String ledBy, @JsonProperty("start_date") String startDate,
			@JsonProperty("end_date") String endDate, List<AreaView> areas, String url, List<RowData> rows,
			List<TotalData> totals) {

	}

	record RowData(int row, String kind, @JsonProperty("kind_label") String kindLabel, String detail,
			@JsonProperty("drug_class") String drugClass, BigDecimal quantity, String unit, boolean approximate) {

	}

	record TotalData(String label, String kind, @JsonProperty("drug_class") String drugClass, BigDecimal quantity,
			String unit, boolean approximate, @JsonProperty("from_rows") List<Integer> fromRows) {

	}

	record OverallTotal(String label, String kind, @JsonProperty("drug_class") String drugClass, BigDecimal quantity,
			String unit, boolean approximate, @JsonProperty("from_operations") List<String> fromOperations) {

	}

}
