package uk.policenewsroom.releases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Releases extends JpaRepository<Release, Long>, PublishedReleases {

	String PUBLISHED_BY = "r.status = uk.policenewsroom.releases.ReleaseStatus.PUBLISHED and r.publishedAt <= :now";

	@Query("select r from Release r join fetch r.category where " + PUBLISHED_BY
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
	List<Release> findFlagged();

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
