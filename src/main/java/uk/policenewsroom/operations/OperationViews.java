package uk.policenewsroom.operations;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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

	/**
	 * The whole operation page; {@code updated} is when readers were last told of a
	 * correction, {@code null} if never.
	 */
	public record OperationPage(String slug, String name, String codeName, String unit, String startIso, String endIso,
			String dates, String summary, List<AreaView> areas, List<RowView> rows, List<TotalView> totals,
			List<ReleaseLink> releases, LondonTime.Shown updated, List<Correction> corrections) {

		public boolean hasResults() {
			return !this.rows.isEmpty();
		}

	}

	/** A correction as readers see it: when, and what was corrected. */
	public record Correction(LondonTime.Shown at, String reason) {

	}

	/** A tally row: {@code number} is what totals refer to. */
	public record RowView(int number, String kind, String description, String drugClass, String quantity,
			boolean approximate) {

	}

	/**
	 * A total and the row numbers it adds up ("rows 2, 3 and 4"); {@code exact} is the
	 * figure as the open-data files give it ("96509.00" for £96,509).
	 */
	public record TotalView(String label, String value, String exact, boolean approximate, List<Integer> rows) {

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
	public record OperationListing(long id, String slug, String name, String dates, int rows, String status,
			String statusClass) {

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
			LondonTime.Shown updated, List<RecordedRow> rows, List<TotalView> totals, OperationStatus state,
			String status, String statusClass, boolean publiclyVisible, String rejectionComment,
			Set<OperationAction> actions, boolean awaitingAnotherReviewer) {

		public boolean hasResults() {
			return !this.rows.isEmpty();
		}

		/**
		 * Whether the viewer may change the details and rows, in review or as a
		 * correction.
		 */
		public boolean changeable() {
			return this.actions.contains(OperationAction.EDIT) || this.actions.contains(OperationAction.CORRECT);
		}

		/**
		 * Whether a change now is a correction, which needs a reason readers will see.
		 */
		public boolean correcting() {
			return this.actions.contains(OperationAction.CORRECT);
		}

		public boolean may(String action) {
			return this.actions.contains(OperationAction.valueOf(action));
		}

	}

	/** An operation's history, oldest first. */
	public record OperationHistory(long id, String name, String status, String statusClass, List<ChangeView> changes) {

	}

	/**
	 * One line of the history: a status change (from, to, who, when, comment) or a change
	 * to the details or rows, with its reason.
	 */
	public record ChangeView(long version, LondonTime.Shown at, String who, String what, String from, String to,
			String comment, String detail, boolean correction) {

		public boolean statusChanged() {
			return this.from != null && !this.from.equals(this.to);
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
