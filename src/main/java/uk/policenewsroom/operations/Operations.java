package uk.policenewsroom.operations;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

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

	boolean existsBySlug(String slug);

}
