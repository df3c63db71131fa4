package uk.policenewsroom.accounts;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who did what, in the same transaction as the change itself, so a change and its
 * audit line are saved together or not at all.
 */
@Component
public class AuditLog {

	private final AuditEvents events;

	private final Clock clock;

	AuditLog(AuditEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(PressOfficer actor, String action, String subjectType, Long subjectId, String subjectLabel,
			String details) {
		this.events.save(new AuditEvent(this.clock.instant(), (actor != null) ? actor.id() : null,
				(actor != null) ? actor.getUsername() : "system", action, subjectType, subjectId, subjectLabel,
				details));
	}

	/**
	 * Records a security event (a sign-in, a refusal) on its own, whatever happens to the
	 * request's own work: a refused request has no transaction to join.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSecurityEvent(Long actorId, String actorName, String action, String subjectType, Long subjectId,
			String subjectLabel, String details) {
		this.events.save(new AuditEvent(this.clock.instant(), actorId, actorName, action, subjectType, subjectId,
				subjectLabel, details));
	}

	/** The trail of one thing (a release, an operation), oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEvent> trailOf(String subjectType, long subjectId) {
		return this.events.findBySubjectTypeAndSubjectIdOrderByHappenedAtAscIdAsc(subjectType, subjectId);
	}

}
