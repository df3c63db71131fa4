package uk.policenewsroom.operations;

import java.time.LocalDate;
import java.util.Collection;
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
	 * repeat each row once per area. Areas and history come in further queries.
	 */
	@EntityGraph(attributePaths = "rows")
	Optional<Operation> findBySlug(String slug);

	@EntityGraph(attributePaths = "rows")
	Optional<Operation> findWithResultsById(Long id);

	/**
	 * The operations the public may see ({@link OperationStatus#isPubliclyVisible()}),
	 * newest first: the query behind every public list of operations. Rows and areas come
	 * in batches (see hibernate.default_batch_fetch_size).
	 */
	default List<Operation> findPubliclyVisible(Pageable page) {
		return findByStatusInOrderByEndDateDescIdDesc(OperationStatus.publiclyVisible(), page);
	}

	/** Use {@link #findPubliclyVisible}, which knows which statuses are public. */
	List<Operation> findByStatusInOrderByEndDateDescIdDesc(Collection<OperationStatus> statuses, Pageable page);

	boolean existsBySlug(String slug);

	/** The press office's list: one query for the page, row counts included. */
	@Query(value = """
			select o.id as id, o.slug as slug, o.name as name, o.startDate as startDate, o.endDate as endDate,
			       o.status as status, size(o.rows) as rowCount
			from Operation o order by o.endDate desc, o.id desc""", countQuery = "select count(o) from Operation o")
	Page<Listed> findListed(Pageable page);

	interface Listed {

		long getId();

		String getSlug();

		String getName();

		LocalDate getStartDate();

		LocalDate getEndDate();

		OperationStatus getStatus();

		int getRowCount();

	}

}
