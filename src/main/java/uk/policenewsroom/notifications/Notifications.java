package uk.policenewsroom.notifications;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Notifications extends JpaRepository<Notification, Long> {

	/**
	 * Locks the next due emails for this transaction. Rows another instance holds are
	 * skipped, so no two instances send the same email.
	 */
	@Query(value = """
			select id from notifications
			where status = 'PENDING' and next_attempt_at <= :now
			order by next_attempt_at, id
			limit :limit
			for update skip locked""", nativeQuery = true)
	List<Long> lockDue(Instant now, int limit);

	List<Notification> findByStatusOrderByCreatedAtDesc(Notification.Status status);

	long countByStatus(Notification.Status status);

	List<Notification> findByRecipientOrderByIdAsc(String recipient);

	@Modifying
	@Query("delete from Notification n where n.status = 'SENT' and n.sentAt < :cutoff")
	int deleteSentBefore(Instant cutoff);

}
