package uk.policenewsroom.operations;

import java.time.LocalDate;
import java.util.List;

import uk.policenewsroom.areas.AreaView;
import uk.policenewsroom.operations.OperationReleases.ReleaseLink;
import uk.policenewsroom.site.LondonTime;

/**
 * What pages show of operations: never the entities themselves.
 */
public final class OperationViews {

	private OperationViews() {
	}

	/** A public page's path and when it last changed, for the sitemap. */
	public record PageAddress(String path, java.time.Instant lastModified) {

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

	/** An operation in the press office's list. */
	public record OperationListing(long id, String slug, String name, String dates, int rows) {

	}

	/** One page of the press office's list, newest first. */
	public record OperationList(List<OperationListing> operations, int page, boolean hasPrevious, boolean hasNext) {

	}

	/**
	 * An operation as the press office edits it: its details, the version they were read
	 * at, and its results row by row with the totals computed from them.
	 */
	public record OperationRecord(long id, String slug, String name, String codeName, String unit, LocalDate startDate,
			LocalDate endDate, String dates, String summary, List<AreaView> areas, List<Long> areaIds, long version,
			LondonTime.Shown updated, List<RecordedRow> rows, List<TotalView> totals) {

		public boolean hasResults() {
			return !this.rows.isEmpty();
		}

	}

	/**
	 * A tally row in the press office: {@code number} is what totals refer to and what
	 * removing it takes; {@code quantity} is shown without its unit, which has a column
	 * of its own.
	 */
	public record RecordedRow(int number, String kind, String description, String drugClass, String quantity,
			String unit, boolean approximate, String text) {

	}

}
