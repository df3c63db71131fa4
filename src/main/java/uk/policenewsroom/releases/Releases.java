package uk.policenewsroom.releases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Releases extends JpaRepository<Release, Long>, PublishedReleases {

	/**
	 * Publicly listed by {@code :now}: the one rule for every public list, feed, page of
	 * results, sitemap, search and cache of releases. Withdrawn, removed, scheduled and
	 * unpublished releases are never listed. The same rule for a release in hand is
	 * {@link Release#isPubliclyListedAt}; {@link #PUBLICLY_LISTED_SQL} says the same for
	 * native queries: change both together ({@code SearchTests} checks they agree).
	 */
	String PUBLICLY_LISTED = "r.status = uk.policenewsroom.releases.ReleaseStatus.PUBLISHED and r.publishedAt <= :now";

	/** {@link #PUBLICLY_LISTED} in SQL, for the full-text search. */
	String PUBLICLY_LISTED_SQL = "r.status = 'PUBLISHED' and r.published_at <= :now";

	/**
	 * Search filters in SQL; an empty category means any. Dates are half-open: from
	 * {@code :from}, before {@code :to}. The area is not here: a search in an area joins
	 * its releases ({@link #searchInArea}), so the planner can start from them.
	 */
	String SEARCH_FILTERS = " and (:category = '' or r.category_id = (select c.id from categories c where c.slug = :category))"
			+ " and r.published_at >= :from and r.published_at < :to";

	/** The releases in the area {@code :area}, joined to the search's candidates. */
	String IN_AREA = " join release_areas ra on ra.release_id = r.id join areas a on a.id = ra.area_id and a.slug = :area";

	/** The words as a full-text query: quotes for phrases, {@code -word} to leave out. */
	String QUERY = "websearch_to_tsquery('english', :words)";

	/** Addresses and times of published releases, oldest first, for the sitemap. */
	@Query("select r.slug as slug, r.publishedAt as publishedAt, r.publicUpdatedAt as updatedAt from Release r where "
			+ PUBLICLY_LISTED + " order by r.publishedAt, r.id")
	List<Address> findPublishedAddresses(Instant now, Pageable page);

	@Query("select r from Release r join fetch r.category where " + PUBLICLY_LISTED
			+ " and r.operationId = :operationId order by r.publishedAt desc, r.id desc")
	List<Release> findPublishedAbout(long operationId, Instant now);

	@EntityGraph(attributePaths = { "category", "areas" })
	Optional<Release> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/** Taken as a current or an old address of some release. */
	@Query("select count(r) > 0 from Release r left join r.oldSlugs old where r.slug = :slug or old = :slug")
	boolean isSlugTaken(String slug);

	@Query("select r.slug from Release r join r.oldSlugs old where old = :oldSlug")
	Optional<String> findSlugByOldSlug(String oldSlug);

	/**
	 * Releases in some states, most recently changed first, for the press office's
	 * dashboard.
	 */
	@Query("select r from Release r join fetch r.category where r.status in :statuses order by r.modifiedAt desc, r.id desc")
	List<Release> findByStatuses(java.util.Collection<ReleaseStatus> statuses, Pageable page);

	@Query("select r from Release r join fetch r.category where r.status in :statuses and r.authorId = :authorId"
			+ " order by r.modifiedAt desc, r.id desc")
	List<Release> findMine(long authorId, java.util.Collection<ReleaseStatus> statuses, Pageable page);

	@Query("select r from Release r join fetch r.category where r.status = uk.policenewsroom.releases.ReleaseStatus.SCHEDULED"
			+ " order by r.scheduledAt asc")
	List<Release> findScheduled();

	@Query("select r from Release r join fetch r.category where r.status = uk.policenewsroom.releases.ReleaseStatus.PUBLISHED"
			+ " and r.unreviewedReason is not null order by r.publishedAt desc")
	List<Release> findAwaitingApproval();

	/**
	 * Whether an image is the lead image of a removed release, and so must no longer be
	 * served to anyone.
	 */
	@Query("select count(r) > 0 from Release r where r.leadImage.imageId = :imageId"
			+ " and r.status = uk.policenewsroom.releases.ReleaseStatus.REMOVED")
	boolean isImageOfRemovedRelease(long imageId);

	/**
	 * How many terms the words make once common words are dropped: 0 when there is
	 * nothing to search for ("the", "and of").
	 */
	@Query(value = "select numnode(" + QUERY + ")", nativeQuery = true)
	int countTerms(String words);

	/**
	 * How many of the newest matches a search ranks: ranking reads every candidate's
	 * vector, so an everyday word matching half the releases would otherwise be slow.
	 * Beyond it a reader is better served by more words or a filter.
	 */
	int SEARCH_WINDOW = 1000;

	/**
	 * One page of publicly listed releases matching the words: the newest
	 * {@link #SEARCH_WINDOW} (plus one, to tell whether there are more) are ranked, best
	 * first; each row has the number of candidates, its title, and a snippet in which the
	 * matches are wrapped in {@code start} and {@code stop} markers. Those markers are
	 * first taken out of the text, so any found in the result are ours. Only the page's
	 * rows get headlines: they are costly. The words are written out where they are used,
	 * not in a CTE, so the planner sees them: for an everyday word it walks the newest
	 * releases, for a rare one it uses the GIN index. Candidates carry no vector, so only
	 * the ones ranked are read.
	 */
	@Query(value = SEARCH_CANDIDATES + " where" + SEARCH_MATCHES + SEARCH_RANKED, nativeQuery = true)
	List<SearchHit> search(String words, Instant now, String category, Instant from, Instant to, String start,
			String stop, String titleOptions, String snippetOptions, int limit, long offset);

	/** {@link #search}, only releases in the area with the slug {@code area}. */
	@Query(value = SEARCH_CANDIDATES + IN_AREA + " where" + SEARCH_MATCHES + SEARCH_RANKED, nativeQuery = true)
	List<SearchHit> searchInArea(String words, Instant now, String category, String area, Instant from, Instant to,
			String start, String stop, String titleOptions, String snippetOptions, int limit, long offset);

	/** The start of {@link #search}: the candidates. */
	String SEARCH_CANDIDATES = "with candidates as materialized (select r.id, r.published_at from releases r";

	/**
	 * What the candidates must match, newest first. The words come last: PostgreSQL
	 * checks conditions of equal cost in the order written, and the cheap ones spare it
	 * reading the vectors of releases the filters leave out.
	 */
	String SEARCH_MATCHES = " " + PUBLICLY_LISTED_SQL + SEARCH_FILTERS + " and r.search_vector @@ " + QUERY
			+ " order by r.published_at desc, r.id desc limit " + (SEARCH_WINDOW + 1) + "),";

	/**
	 * How much of the summary and body, in characters, the snippet is cut from:
	 * {@code ts_headline} parses all it is given, so a long body would cost the most on
	 * every page of results; a match further on gets the opening lines as its snippet.
	 */
	int SNIPPET_SOURCE = 3000;

	/** The page of ranked candidates, with their headlines. */
	String SEARCH_RANKED = " hits as (select c.id, ts_rank(r.search_vector, " + QUERY + ", 1) as rank, c.published_at"
			+ " from candidates c join releases r on r.id = c.id order by rank desc, c.published_at desc, c.id desc"
			+ " limit :limit offset :offset)" + " select h.id as id, (select count(*) from candidates) as candidates,"
			+ " ts_headline('english', translate(r.title, :start || :stop, ''), " + QUERY + ", :titleOptions) as title,"
			+ " ts_headline('english', translate(left(r.summary || ' ' || r.body, " + SNIPPET_SOURCE
			+ "), :start || :stop, ''), " + QUERY + ", :snippetOptions) as snippet"
			+ " from hits h join releases r on r.id = h.id" + " order by h.rank desc, h.published_at desc, h.id desc";

	/**
	 * Plans the rest of this transaction's queries for their own values, never a generic
	 * plan: how common the words are decides whether the search walks the newest releases
	 * or uses the full-text index.
	 */
	@Query(value = "select set_config('plan_cache_mode', 'force_custom_plan', true)", nativeQuery = true)
	String planForTheseValues();

	/**
	 * The press office's search: the same index, every state, drafts included, best
	 * first.
	 */
	@Query(value = "select r.id from releases r where r.search_vector @@ " + QUERY
			+ " order by ts_rank(r.search_vector, " + QUERY + ", 1) desc, r.modified_at desc, r.id desc limit :limit",
			nativeQuery = true)
	List<Long> searchEverything(String words, int limit);

	@Query("select r from Release r join fetch r.category where r.id in :ids")
	List<Release> findWithCategoryByIdIn(java.util.Collection<Long> ids);

	/** Where a published release lives, and when it last changed for readers. */
	interface Address {

		String getSlug();

		Instant getPublishedAt();

		Instant getUpdatedAt();

		default Instant lastModified() {
			return (getUpdatedAt() != null) ? getUpdatedAt() : getPublishedAt();
		}

	}

	/** A release found by the search, with its highlighted title and snippet. */
	interface SearchHit {

		long getId();

		/** How many matched, up to {@link #SEARCH_WINDOW} + 1. */
		long getCandidates();

		String getTitle();

		String getSnippet();

	}

	/**
	 * The ids of scheduled releases that are due, locked; ones another instance holds are
	 * skipped.
	 */
	@Query(value = "select id from releases where status = 'SCHEDULED' and scheduled_at <= :now"
			+ " order by scheduled_at for update skip locked limit :limit", nativeQuery = true)
	List<Long> lockDue(Instant now, int limit);

}
