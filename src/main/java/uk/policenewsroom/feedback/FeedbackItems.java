package uk.policenewsroom.feedback;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FeedbackItems extends JpaRepository<Feedback, Long> {

	/**
	 * {@code path} and {@code text} are lower-case LIKE patterns that escape with '!'.
	 * Without a status, spam is left out.
	 */
	String FILTERED = """
			select f from Feedback f
			where (:path is null or lower(f.pagePath) like :path escape '!')
			and (:rating is null or f.rating = :rating)
			and ((:status is null and f.status <> uk.policenewsroom.feedback.FeedbackStatus.SPAM)
				or f.status = :status)
			and (:text is null or lower(f.doing) like :text escape '!' or lower(f.improve) like :text escape '!'
				or lower(f.email) like :text escape '!' or lower(f.pagePath) like :text escape '!')
			and (cast(:from as timestamp) is null or f.receivedAt >= :from)
			and (cast(:to as timestamp) is null or f.receivedAt < :to)
			order by f.receivedAt desc, f.id desc""";

	@Query(FILTERED)
	Page<Feedback> search(String path, Short rating, FeedbackStatus status, String text, Instant from, Instant to,
			Pageable page);

	@Query(FILTERED)
	List<Feedback> searchAll(String path, Short rating, FeedbackStatus status, String text, Instant from, Instant to);

	@Modifying
	@Query("delete from Feedback f where f.receivedAt < :cutoff")
	int deleteReceivedBefore(Instant cutoff);

}
