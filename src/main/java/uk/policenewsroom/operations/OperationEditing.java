package uk.policenewsroom.operations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.Operation.Actor;
import uk.policenewsroom.operations.Operation.Description;
import uk.policenewsroom.site.LondonTime;
import uk.policenewsroom.site.Slugs;

/**
 * The press office's changes to operations, their results and their workflow. The rules
 * are the {@link Operation}'s; this loads it, asks it, and keeps the audit line. Each
 * change, its history row and its audit line are saved in one transaction, together or
 * not at all.
 */
@Component
@Transactional
class OperationEditing {

	static final String SUBJECT = "operation";

	private final Operations operations;

	private final Areas areas;

	private final AuditLog audit;

	private final Clock clock;

	OperationEditing(Operations operations, Areas areas, AuditLog audit, Clock clock) {
		this.operations = operations;
		this.areas = areas;
		this.audit = audit;
		this.clock = clock;
	}

	static Actor actor(PressOfficer officer) {
		return new Actor(officer.id(), officer.role());
	}

	/**
	 * Creates a draft under a slug made from its name; the slug never changes. Nothing is
	 * public until an editor publishes it.
	 */
	long create(PressOfficer officer, Details details) {
		String slug = uniqueSlug(details.name());
		Operation operation = new Operation(slug, details.description(), actor(officer), this.clock);
		operation.coverAreas(areas(details));
		operation = this.operations.save(operation);
		this.audit.record(officer, "OPERATION_CREATED", SUBJECT, operation.getId(), operation.getName(),
				"Created as a draft, to be published at /operations/" + slug + ", "
						+ LondonTime.dateRange(operation.getStartDate(), operation.getEndDate()));
		return operation.getId();
	}

	private String uniqueSlug(String name) {
		return Slugs.unique(name, this.operations::existsBySlug);
	}

	/**
	 * Saves new details, unless the operation has changed since {@code version}, the
	 * version the person's form was filled in from.
	 */
	void revise(PressOfficer officer, long id, Long version, Details details, String reason) {
		Operation operation = find(id);
		operation.revise(actor(officer), version, details.description(), areas(details), reason, this.clock);
		this.audit.record(officer, "OPERATION_EDITED", SUBJECT, id, operation.getName(), latestDetail(operation));
	}

	/**
	 * @return the new row's number
	 */
	int addResult(PressOfficer officer, long id, TallyLine line, String reason) {
		Operation operation = find(id);
		int number = operation.addResult(actor(officer), line, reason, this.clock);
		this.audit.record(officer, "OPERATION_ROW_ADDED", SUBJECT, id, operation.getName(),
				"Added row " + number + ": " + line.text());
		return number;
	}

	/**
	 * @return what the row said before
	 */
	TallyLine editResult(PressOfficer officer, long id, int number, Long version, TallyLine line, String reason) {
		Operation operation = find(id);
		TallyLine was = operation.editResult(actor(officer), version, number, line, reason, this.clock);
		this.audit.record(officer, "OPERATION_ROW_EDITED", SUBJECT, id, operation.getName(),
				"Changed row " + number + " from " + was.text() + " to " + line.text() + " because: " + reason.strip());
		return was;
	}

	/**
	 * Removes the row with this number. Rows are renumbered after a removal, so a number
	 * only means the row the person saw if nothing has changed since {@code version}.
	 * @return what the removed row said
	 */
	TallyLine removeResult(PressOfficer officer, long id, int number, Long version, String reason) {
		Operation operation = find(id);
		int count = operation.resultCount();
		TallyLine removed = operation.removeResult(actor(officer), version, number, reason, this.clock);
		this.audit.record(officer, "OPERATION_ROW_REMOVED", SUBJECT, id, operation.getName(), "Removed row " + number
				+ ": " + removed.text() + ((number < count) ? "; the rows after it were renumbered" : ""));
		return removed;
	}

	void submit(PressOfficer officer, long id, Long version) {
		Operation operation = find(id);
		operation.submit(actor(officer), version, this.clock);
		this.audit.record(officer, "OPERATION_SUBMITTED", SUBJECT, id, operation.getName(), "Submitted for review");
	}

	void reject(PressOfficer officer, long id, Long version, String comment) {
		Operation operation = find(id);
		operation.reject(actor(officer), version, comment, this.clock);
		this.audit.record(officer, "OPERATION_REJECTED", SUBJECT, id, operation.getName(),
				"Rejected: " + operation.getRejectionComment());
	}

	void publish(PressOfficer officer, long id, Long version) {
		Operation operation = find(id);
		operation.publish(actor(officer), version, this.clock);
		this.audit.record(officer, "OPERATION_PUBLISHED", SUBJECT, id, operation.getName(),
				"Published at /operations/" + operation.getSlug());
	}

	void hide(PressOfficer officer, long id, Long version, String reason) {
		Operation operation = find(id);
		operation.hide(actor(officer), version, reason, this.clock);
		this.audit.record(officer, "OPERATION_HIDDEN", SUBJECT, id, operation.getName(),
				"Hidden from the public: " + reason.strip());
	}

	void restore(PressOfficer officer, long id, Long version, String comment) {
		Operation operation = find(id);
		operation.restore(actor(officer), version, comment, this.clock);
		this.audit.record(officer, "OPERATION_RESTORED", SUBJECT, id, operation.getName(),
				"Shown to the public again" + ((comment == null || comment.isBlank()) ? "" : ": " + comment.strip()));
	}

	private static String latestDetail(Operation operation) {
		List<OperationChange> history = operation.history();
		return history.get(history.size() - 1).getDetail();
	}

	private Operation find(long id) {
		return this.operations.findWithResultsById(id)
			.orElseThrow(() -> new NoSuchElementException("No operation " + id));
	}

	private Set<Area> areas(Details details) {
		List<Area> found = this.areas.findAllById(details.areaIds());
		if (found.size() != details.areaIds().size()) {
			throw new NoSuchElementException("Unknown area in " + details.areaIds());
		}
		return new HashSet<>(found);
	}

	/** An operation's details and areas, tidied as they will be stored. */
	record Details(String name, String codeName, String ledBy, LocalDate startDate, LocalDate endDate, String summary,
			Set<Long> areaIds) {

		Details {
			name = name.strip();
			codeName = (codeName == null || codeName.isBlank()) ? null : codeName.strip();
			ledBy = ledBy.strip();
			summary = summary.strip();
			areaIds = Set.copyOf(areaIds);
		}

		Description description() {
			return new Description(this.name, this.codeName, this.ledBy, this.startDate, this.endDate, this.summary);
		}

	}

}
