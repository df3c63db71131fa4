package uk.policenewsroom.releases;

import java.util.List;
import java.util.Set;

import uk.policenewsroom.releases.LegalRisks.LegalWarning;
import uk.policenewsroom.site.LondonTime;

/**
 * What the press office's pages show of releases.
 */
public final class OfficeViews {

	private OfficeViews() {
	}

	/** A release in a dashboard list. */
	public record Row(long id, String title, String status, String statusClass, String category, String author,
			LondonTime.Shown when, boolean awaitingApproval) {

	}

	public record Dashboard(List<Row> mine, List<Row> awaitingReview, List<Row> scheduled, List<Row> published,
			List<Row> awaitingApproval) {

	}

	/**
	 * Everything the release's page in the press office shows, with what the officer
	 * looking at it may do ({@code actions}, from {@link Release#allowedActions}).
	 */
	public record Overview(long id, String slug, String title, String summary, String bodyHtml, String status,
			String statusClass, String category, List<String> areas, String operation, String author,
			String submittedBy, LondonTime.Shown submittedAt, String rejectionComment, String rejectedBy,
			LondonTime.Shown scheduledAt, LondonTime.Shown publishedAt, String publishedBy, String unreviewedReason,
			String unreviewedBy, TakeDown withdrawal, TakeDown removal, List<EmbargoLinkRow> embargoLinks,
			boolean unpublished, boolean published, boolean awaitingApproval, long version, int revision,
			ReleaseViews.Picture image, Set<ReleaseAction> actions, List<LegalWarning> warnings,
			List<String> contributors, Integer submittedRevision, String reviewRefusal, String approvalRefusal,
			ReleaseViews.ReleasePage page) {

		/** Whether the officer may do this, by the name of a {@link ReleaseAction}. */
		public boolean can(String action) {
			return this.actions.contains(ReleaseAction.valueOf(action));
		}

		/** Whether the words or image changed since the release was last submitted. */
		public boolean changedSinceSubmission() {
			return this.submittedRevision != null && this.submittedRevision < this.revision;
		}

	}

	/**
	 * An embargo link as the press office sees it: never its address, which is shown only
	 * once, when it is made.
	 */
	public record EmbargoLinkRow(long id, String recipient, String createdBy, LondonTime.Shown createdAt,
			LondonTime.Shown expiresAt, String state, boolean working, boolean expiresBeforePublication, int openings,
			LondonTime.Shown lastOpened, boolean cancellable) {

	}

	/** A withdrawal or a removal: when, by whom, the reason and the public words. */
	public record TakeDown(LondonTime.Shown at, String by, String reason, String publicWords) {

	}

	/**
	 * One line of a release's history: a revision, a workflow step or a legal
	 * acknowledgement, in time order.
	 */
	public record HistoryEntry(LondonTime.Shown at, String who, String kind, String what, String comment,
			Integer revision, boolean restorable) {

	}

	/** Who saved a revision, and when. */
	public record RevisionRow(int number, LondonTime.Shown at, String author) {

	}

	/** One line of a comparison: unchanged, removed or added. */
	public record DiffLine(String kind, String text) {

	}

	public record FieldDiff(String field, List<DiffLine> lines, boolean changed) {

	}

}
