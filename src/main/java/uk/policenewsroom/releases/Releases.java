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

	String PUBLISHED_BY = "r.status = uk.policenewsroom.releases.ReleaseStatus.PUBLISHED and r.publishedAt <= :now";

	String FILTERS = " and (:category is null or r.category.slug = :category)"
			+ " and (:area is null or exists (select 1 from r.areas a where a.slug = :area))";

	/** Published by {@code now}, newest first; areas come in one batch per page. */
	@Query(value = "select r from Release r join fetch r.category where " + PUBLISHED_BY + FILTERS
			+ " order by r.publishedAt desc, r.id desc",
			countQuery = "select count(r) from Release r where " + PUBLISHED_BY + FILTERS)
	Page<Release> findPublished(Instant now, String category, String area, Pageable page);

	@Query("select r from Release r join fetch r.category where " + PUBLISHED_BY
			+ " and r.operationId = :operationId order by r.publishedAt desc, r.id desc")
	List<Release> findPublishedAbout(long operationId, Instant now);

	@EntityGraph(attributePaths = { "category", "areas" })
	Optional<Release> findBySlug(String slug);

	boolean existsBySlug(String slug);

}
