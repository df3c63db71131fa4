package uk.policenewsroom.releases;

import java.util.List;

import uk.policenewsroom.site.LondonTime;

/**
 * What the press office's pages show of releases.
 */
public final class OfficeViews {

	private OfficeViews() {
	}

	/** A release in a dashboard list. */
	public record Row(long id, String title, String status, String statusClass, String category, String author,
			LondonTime.Shown when, boolean flagged) {

	}

	public record Dashboard(List<Row> mine, List<Row> awaitingReview, List<Row> scheduled, List<Row> published,
			List<Row> flagged) {

	}

	/** Everything the release's page in the press office shows. */
	public record Overview(long id, String slug, String title, String summary, String bodyHtml, String status,
			String statusClass, String category, List<String> areas, String operation, String author,
			String submittedBy, LondonTime.Shown submittedAt, String rejectionComment, LondonTime.Shown scheduledAt,
			LondonTime.Shown publishedAt, String publishedBy, String unreviewedReason, String unreviewedBy,
			LondonTime.Shown withdrawnAt, String withdrawalExplanation, String previewToken, boolean unpublished,
			boolean deletable, boolean submittable, boolean reviewable, boolean scheduled, boolean published,
			boolean flagged, boolean editable, long version, ReleaseViews.Picture image) {

	}

	public record RevisionRow(int number, LondonTime.Shown at, String author, String what, boolean minor) {

	}

	/** One line of a comparison: unchanged, removed or added. */
	public record DiffLine(String kind, String text) {

	}

	public record FieldDiff(String field, List<DiffLine> lines, boolean changed) {

	}

}
