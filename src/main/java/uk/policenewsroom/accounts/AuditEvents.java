package uk.policenewsroom.accounts;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEvents extends JpaRepository<AuditEvent, Long> {

	/**
	 * {@code actor} matches part of the email recorded or of the officer's name now.
	 */
	@Query("""
			select e from AuditEvent e
			where (:actor is null or lower(e.actorName) like lower(concat('%', cast(:actor as string), '%'))
				or e.actorId in (select a.id from Account a
					where lower(a.displayName) like lower(concat('%', cast(:actor as string), '%'))))
			and (:action is null or e.action = :action)
			and (:subjectType is null or e.subjectType = :subjectType)
			and (:subjectId is null or e.subjectId = :subjectId)
			and (cast(:from as timestamp) is null or e.happenedAt >= :from)
			and (cast(:to as timestamp) is null or e.happenedAt < :to)
			order by e.happenedAt desc, e.id desc""")
	Page<AuditEvent> search(String actor, String action, String subjectType, Long subjectId, Instant from, Instant to,
			Pageable page);

	List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByHappenedAtAscIdAsc(String subjectType, Long subjectId);

	@Query("select distinct e.action from AuditEvent e order by e.action")
	List<String> actions();

	@Query("select distinct e.subjectType from AuditEvent e order by e.subjectType")
	List<String> subjectTypes();

}
