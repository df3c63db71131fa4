package uk.policenewsroom.releases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Releases extends JpaRepository<Release, Long> {

	/**
	 * Publicly listed by {@code :now}: the one rule for every public list, feed, page of
	 * results, sitemap, search and cache of releases. Withdrawn, removed, scheduled and
	 * unpublished releases are never listed. The same rule for a release in hand is
	 * {@link Release#isPubliclyListedAt}.
	 */
	String PUBLICLY_LISTED = "r.status = uk.policenewsroom.releases.ReleaseStatus.PUBLISHED and r.publishedAt <= :now";

	String FILTERS = " and (:category is null or r.category.slug = :category)"
			+ " and (:area is null or exists (select 1 from r.areas a where a.slug = :area))";

	/**
	 * Publicly listed by {@code now}, newest first; areas come in one batch per page. Any
	 * new public query must use {@link #PUBLICLY_LISTED}.
	 */
	@Query(value = "select r from Release r join fetch r.category where " + PUBLICLY_LISTED + FILTERS
			+ " order by r.publishedAt desc, r.id desc",
			countQuery = "select count(r) from Release r where " + PUBLICLY_LISTED + FILTERS)
	Page<Release> findPublished(Instant now, String category, String area, Pageable page);

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

	Optional<Release> findByPreviewToken(String previewToken);

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

	@Query("select r from Release r join fetch r.category where lower(r.title) like lower(concat('%', cast(:words as string), '%'))"
			+ " order by r.modifiedAt desc, r.id desc")
	List<Release> searchByTitle(String words, Pageable page);

	/**
	 * The ids of scheduled releases that are due, locked; ones another instance holds are
	 * skipped.
	 */
	@Query(value = "select id from releases where status = 'SCHEDULED' and scheduled_at <= :now"
			+ " order by scheduled_at for update skip locked limit :limit", nativeQuery = true)
	List<Long> lockDue(Instant now, int limit);

}
