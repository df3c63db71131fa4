package uk.policenewsroom.feedback;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FeedbackItems extends JpaRepository<Feedback, Long> {

	/** {@code path} is a lower-case LIKE pattern that escapes with '!'. */
	String FILTERED = """
			select f from Feedback f
			where (:path is null or lower(f.pagePath) like :path escape '!')
			and (:rating is null or f.rating = :rating)
			and (:status is null or f.status = :status)
			order by f.receivedAt desc, f.id desc""";

	@Query(FILTERED)
	Page<Feedback> search(String path, Short rating, FeedbackStatus status, Pageable page);

	@Query(FILTERED)
	List<Feedback> searchAll(String path, Short rating, FeedbackStatus status);

	@Modifying
	@Query("delete from Feedback f where f.receivedAt < :cutoff")
	int deleteReceivedBefore(Instant cutoff);

}
