package uk.policenewsroom.operations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import uk.policenewsroom.areas.Area;

public interface Operations extends JpaRepository<Operation, Long>, JpaSpecificationExecutor<Operation> {

	/**
	 * The operations the public may see, newest first, narrowed by the selection. Every
	 * open-data file and every figure of the results dashboard comes through this one
	 * method; like {@link #findPubliclyVisible(Pageable)} it keeps only the statuses
	 * {@link OperationStatus#publiclyVisible()} names, so drafts, operations in review
	 * and hidden ones never reach a file or a chart. Rows and areas come in batches (see
	 * hibernate.default_batch_fetch_size).
	 */
	default List<Operation> findPubliclyVisible(Selection selection) {
		Specification<Operation> matching = (root, query, cb) -> {
			List<Predicate> rules = new ArrayList<>();
			rules.add(root.get("status").in(OperationStatus.publiclyVisible()));
			if (selection.slug() != null) {
				rules.add(cb.equal(root.get("slug"), selection.slug()));
			}
			if (selection.endedFrom() != null) {
				rules.add(cb.greaterThanOrEqualTo(root.get("endDate"), selection.endedFrom()));
			}
			if (selection.endedTo() != null) {
				rules.add(cb.lessThanOrEqualTo(root.get("endDate"), selection.endedTo()));
			}
			if (selection.area() != null) {
				rules.add(cb.isMember(selection.area(), root.<Set<Area>>get("areas")));
			}
			return cb.and(rules.toArray(Predicate[]::new));
		};
		return findAll(matching, Sort.by(Sort.Order.desc("endDate"), Sort.Order.desc("id")));
	}

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

	/** Public operations that covered an area, newest first; rows come in batches. */
	default List<Operation> findPubliclyVisibleCovering(String areaSlug, Pageable page) {
		return findCovering(areaSlug, OperationStatus.publiclyVisible(), page);
	}

	/**
	 * Use {@link #findPubliclyVisibleCovering}, which knows which statuses are public.
	 */
	@Query("select o from Operation o where o.status in :statuses"
			+ " and exists (select 1 from o.areas a where a.slug = :areaSlug) order by o.endDate desc, o.id desc")
	List<Operation> findCovering(String areaSlug, Collection<OperationStatus> statuses, Pageable page);

	boolean existsBySlug(String slug);

	/** Every public operation's address and when it last changed, for the sitemap. */
	default List<Address> findPubliclyVisibleAddresses() {
		return findAddresses(OperationStatus.publiclyVisible());
	}

	/**
	 * Use {@link #findPubliclyVisibleAddresses}, which knows which statuses are public.
	 */
	@Query("select o.slug as slug, o.updatedAt as updatedAt from Operation o where o.status in :statuses order by o.id")
	List<Address> findAddresses(Collection<OperationStatus> statuses);

	interface Address {

		String getSlug();

		java.time.Instant getUpdatedAt();

	}

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

	/**
	 * Which public operations to find: one by its slug, or those that ended in a date
	 * range (either end open) and covered an area. {@code null} means any.
	 */
	record Selection(String slug, LocalDate endedFrom, LocalDate endedTo, Area area) {

		public static Selection bySlug(String slug) {
			return new Selection(slug, null, null, null);
		}

	}

}
