package uk.policenewsroom.releases;

import java.util.List;

import uk.policenewsroom.areas.AreaView;
import uk.policenewsroom.operations.OperationViews.OperationSummary;
import uk.policenewsroom.site.LondonTime;

/**
 * What pages show of releases: never the entities themselves.
 */
public final class ReleaseViews {

	private ReleaseViews() {
	}

	/** A release in a list. */
	public record ReleaseSummary(String slug, String title, String summary, LondonTime.Shown published,
			CategoryView category, List<AreaView> areas) {

	}

	/**
	 * A published release. {@code bodyHtml} comes from {@link ReleaseBody}, so it has
	 * been sanitised; {@code operation} is null when the release reports on none.
	 */
	public record ReleasePage(String slug, String title, String summary, String bodyHtml, LondonTime.Shown published,
			LondonTime.Shown updated, CategoryView category, List<AreaView> areas, OperationSummary operation,
			LondonTime.Shown withdrawn, String withdrawalExplanation, List<Note> changeNotes, Picture image) {

		public boolean wasWithdrawn() {
			return this.withdrawn != null;
		}

		/** An appeal for information: the page says how to respond. */
		public boolean isAppeal() {
			return "appeal".equals(this.category.slug());
		}

	}

	/** A plain link that shares a release on another service. */
	public record ShareLink(String service, String href) {

	}

	/**
	 * What the address of a release removed for legal reasons shows: the public notice
	 * and its date, and nothing of the release.
	 */
	public record RemovedPage(String notice, LondonTime.Shown removed) {

	}

	/** A lead image as a page shows it. */
	public record Picture(String url, int width, int height, String alt, String caption, String credit) {

	}

	/** A public note of what changed in an update. */
	public record Note(LondonTime.Shown at, String text) {

	}

	/** One page of the news list, numbered from 1. */
	public record NewsPage(List<ReleaseSummary> releases, int number, int totalPages, long totalReleases) {

		public boolean hasPrevious() {
			return this.number > 1;
		}

		public boolean hasNext() {
			return this.number < this.totalPages;
		}

	}

	/**
	 * A release found by the search. {@code titleHtml} and {@code snippetHtml} come from
	 * {@link Highlights}: escaped text with {@code <mark>} around the matches, nothing
	 * else.
	 */
	public record SearchResult(String slug, String titleHtml, String snippetHtml, LondonTime.Shown published,
			CategoryView category, List<AreaView> areas) {

	}

	/**
	 * One page of search results, best first, numbered from 1; {@code more} when more
	 * releases matched than the {@code total} ranked.
	 */
	public record SearchPage(List<SearchResult> results, int number, int totalPages, long total, boolean more) {

		public boolean hasPrevious() {
			return this.number > 1;
		}

		public boolean hasNext() {
			return this.number < this.totalPages;
		}

	}

}
