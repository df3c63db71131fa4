package uk.policenewsroom.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FeedbackItems extends JpaRepository<Feedback, Long>, JpaSpecificationExecutor<Feedback> {

	Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"));

	/** One page of what the filter matches, newest first. */
	default Page<Feedback> search(InboxFilter filter, Pageable page) {
		return findAll(matching(filter), PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST));
	}

	/** Everything the filter matches, newest first. */
	default List<Feedback> searchAll(InboxFilter filter) {
		return findAll(matching(filter), NEWEST_FIRST);
	}

	/**
	 * Each part of the filter that is set narrows the result; without a status, spam is
	 * left out. The path and text are lower-case LIKE patterns that escape with '!'.
	 * Built as a criteria query with only the conditions that apply, rather than one JPQL
	 * string of {@code (:x is null or ...)} conditions: parsing that string cost seconds
	 * of every start (docs/performance.md, "Start-up").
	 */
	private static Specification<Feedback> matching(InboxFilter filter) {
		String path = filter.pathPattern();
		Short rating = filter.score();
		FeedbackStatus status = filter.status();
		String text = filter.textPattern();
		Instant from = filter.from();
		Instant to = filter.to();
		return (feedback, query, cb) -> {
			List<Predicate> conditions = new ArrayList<>();
			if (path != null) {
				conditions.add(cb.like(cb.lower(feedback.get("pagePath")), path, '!'));
			}
			if (rating != null) {
				conditions.add(cb.equal(feedback.get("rating"), rating));
			}
			conditions.add((status != null) ? cb.equal(feedback.get("status"), status)
					: cb.notEqual(feedback.get("status"), FeedbackStatus.SPAM));
			if (text != null) {
				conditions.add(cb.or(cb.like(cb.lower(feedback.get("doing")), text, '!'),
						cb.like(cb.lower(feedback.get("improve")), text, '!'),
						cb.like(cb.lower(feedback.get("email")), text, '!'),
						cb.like(cb.lower(feedback.get("pagePath")), text, '!')));
			}
			if (from != null) {
				conditions.add(cb.greaterThanOrEqualTo(feedback.get("receivedAt"), from));
			}
			if (to != null) {
				conditions.add(cb.lessThan(feedback.get("receivedAt"), to));
			}
			return cb.and(conditions.toArray(Predicate[]::new));
		};
	}

	@Modifying
	@Query("delete from Feedback f where f.receivedAt < :cutoff")
	int deleteReceivedBefore(Instant cutoff);

}
