package uk.policenewsroom.operations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Operations extends JpaRepository<Operation, Long> {

	/*
	 * Only the rows are fetched with the operation: joining a second collection would
	 * repeat each row once per area. Areas come in a second query.
	 */
	@EntityGraph(attributePaths = "rows")
	Optional<Operation> findBySlug(String slug);

	@EntityGraph(attributePaths = "rows")
	Optional<Operation> findWithResultsById(Long id);

	/**
	 * Newest first; rows and areas come in batches (see
	 * hibernate.default_batch_fetch_size).
	 */
	List<Operation> findAllByOrderByEndDateDescIdDesc(Pageable page);

	/** Operations that covered an area, newest first; rows come in batches. */
	@Query("select o from Operation o where exists (select 1 from o.areas a where a.slug = :areaSlug)"
			+ " order by o.endDate desc, o.id desc")
	List<Operation> findCovering(String areaSlug, Pageable page);

	boolean existsBySlug(String slug);

	/** Every operation's address and when it last changed, for the sitemap. */
	@Query("select o.slug as slug, o.updatedAt as updatedAt from Operation o order by o.id")
	List<Address> findAddresses();

	interface Address {

		String getSlug();

		java.time.Instant getUpdatedAt();

	}

	/** The press office's list: one query for the page, row counts included. */
	@Query(value = """
			select o.id as id, o.slug as slug, o.name as name, o.startDate as startDate, o.endDate as endDate,
			       size(o.rows) as rowCount
			from Operation o order by o.endDate desc, o.id desc""", countQuery = "select count(o) from Operation o")
	Page<Listed> findListed(Pageable page);

	interface Listed {

		long getId();

		String getSlug();

		String getName();

		LocalDate getStartDate();

		LocalDate getEndDate();

		int getRowCount();

	}

}
