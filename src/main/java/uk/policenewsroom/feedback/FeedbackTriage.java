package uk.policenewsroom.feedback;

import java.util.Collection;
import java.util.NoSuchElementException;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.accounts.PressOfficer;

/**
 * The press office marks feedback as read, actioned, or new again; each change is audited
 * in the same transaction.
 */
@Component
class FeedbackTriage {

	static final String SUBJECT_TYPE = "feedback";

	private final FeedbackItems items;

	private final AuditLog audit;

	FeedbackTriage(FeedbackItems items, AuditLog audit) {
		this.items = items;
		this.audit = audit;
	}

	/**
	 * Moves one piece of feedback to {@code next}. Marking it with the status it already
	 * has (a double click, two editors at once) changes nothing and is not audited.
	 * @return whether the status changed
	 * @throws NoSuchElementException if there is no such feedback (or no longer)
	 */
	@Transactional
	boolean mark(PressOfficer officer, long id, FeedbackStatus next) {
		Feedback feedback = this.items.findById(id).orElseThrow();
		FeedbackStatus before = feedback.getStatus();
		boolean changed = switch (next) {
			case NEW -> feedback.markNew();
			case READ -> feedback.markRead();
			case ACTIONED -> feedback.markActioned();
			case SPAM -> feedback.markSpam();
		};
		if (changed) {
			this.audit.record(officer, "FEEDBACK_MARKED_" + next.name(), SUBJECT_TYPE, id,
					(feedback.getPagePath() != null) ? feedback.getPagePath() : "(no page)",
					"From " + before.label() + " to " + next.label());
		}
		return changed;
	}

	/**
	 * Moves several pieces of feedback to {@code next} at once, each audited as if marked
	 * alone. Ids of feedback that is gone are passed over.
	 * @return how many changed
	 */
	@Transactional
	int markAll(PressOfficer officer, Collection<Long> ids, FeedbackStatus next) {
		int changed = 0;
		for (Long id : new TreeSet<>(ids)) {
			if (this.items.existsById(id) && mark(officer, id, next)) {
				changed++;
			}
		}
		return changed;
	}

}
