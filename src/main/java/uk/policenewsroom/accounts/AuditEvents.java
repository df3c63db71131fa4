package uk.policenewsroom.accounts;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import uk.policenewsroom.accounts.AuditFilterForm.Filter;

interface AuditEvents extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

	Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("happenedAt"), Sort.Order.desc("id"));

	/**
	 * Newest first, narrowed by each part of the filter that is set. {@code actor}
	 * matches part of the email recorded or of the officer's name now. Built as a
	 * criteria query with only the conditions that apply, rather than one JPQL string of
	 * {@code (:x is null or ...)} conditions: parsing that string cost seconds of every
	 * start (docs/performance.md, "Start-up").
	 */
	default Page<AuditEvent> search(Filter filter, Pageable page) {
		return findAll(matching(filter), PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST));
	}

	private static Specification<AuditEvent> matching(Filter filter) {
		return (event, query, cb) -> {
			List<Predicate> conditions = new ArrayList<>();
			if (filter.actor() != null) {
				Expression<String> pattern = cb.lower(cb.literal("%" + filter.actor() + "%"));
				Subquery<Long> named = query.subquery(Long.class);
				Root<Account> account = named.from(Account.class);
				named.select(account.get("id")).where(cb.like(cb.lower(account.get("displayName")), pattern));
				conditions
					.add(cb.or(cb.like(cb.lower(event.get("actorName")), pattern), event.get("actorId").in(named)));
			}
			if (filter.action() != null) {
				conditions.add(cb.equal(event.get("action"), filter.action()));
			}
			if (filter.subjectType() != null) {
				conditions.add(cb.equal(event.get("subjectType"), filter.subjectType()));
			}
			if (filter.subjectId() != null) {
				conditions.add(cb.equal(event.get("subjectId"), filter.subjectId()));
			}
			if (filter.from() != null) {
				conditions.add(cb.greaterThanOrEqualTo(event.get("happenedAt"), filter.from()));
			}
			if (filter.to() != null) {
				conditions.add(cb.lessThan(event.get("happenedAt"), filter.to()));
			}
			return cb.and(conditions.toArray(Predicate[]::new));
		};
	}

	List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByHappenedAtAscIdAsc(String subjectType, Long subjectId);

	@Query("select distinct e.action from AuditEvent e order by e.action")
	List<String> actions();

	@Query("select distinct e.subjectType from AuditEvent e order by e.subjectType")
	List<String> subjectTypes();

}
