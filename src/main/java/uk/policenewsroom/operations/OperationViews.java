package uk.policenewsroom.operations;

import java.util.List;

import uk.policenewsroom.areas.AreaView;
import uk.policenewsroom.operations.OperationReleases.ReleaseLink;

/**
 * What pages show of operations: never the entities themselves.
 */
public final class OperationViews {

	private OperationViews() {
	}

	/** An operation in a list, with its headline totals. */
	public record OperationSummary(String slug, String name, String codeName, String unit, String dates, String summary,
			List<TotalView> totals) {

	}

	/** The whole operation page. */
	public record OperationPage(String slug, String name, String codeName, String unit, String startIso, String endIso,
			String dates, String summary, List<AreaView> areas, List<RowView> rows, List<TotalView> totals,
			List<ReleaseLink> releases) {

		public boolean hasResults() {
			return !this.rows.isEmpty();
		}

	}

	/** A tally row: {@code number} is what totals refer to. */
	public record RowView(int number, String kind, String description, String drugClass, String quantity,
			boolean approximate) {

	}

	/** A total and the row numbers it adds up ("rows 2, 3 and 4"). */
	public record TotalView(String label, String value, boolean approximate, List<Integer> rows) {

		public String shown() {
			return (this.approximate ? "about " : "") + this.value;
		}

		public String rowList() {
			if (this.rows.size() == 1) {
				return "row " + this.rows.get(0);
			}
			List<String> numbers = this.rows.stream().map(String::valueOf).toList();
			return "rows " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and "
					+ numbers.get(numbers.size() - 1);
		}

	}

}
