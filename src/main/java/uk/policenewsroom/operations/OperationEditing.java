package uk.policenewsroom.operations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.site.LondonTime;
import uk.policenewsroom.site.Slugs;

/**
 * The press office's changes to operations and their results. Each change and its audit
 * line are saved in one transaction, together or not at all.
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

	/** Creates the operation under a slug made from its name; the slug never changes. */
	long create(PressOfficer officer, Details details) {
		String slug = Slugs.unique(details.name(), this.operations::existsBySlug);
		Operation operation = new Operation(slug, details.name(), details.codeName(), details.unit(),
				details.startDate(), details.endDate(), details.summary(), this.clock);
		operation.coverAreas(areas(details));
		operation = this.operations.save(operation);
		this.audit.record(officer, "OPERATION_CREATED", SUBJECT, operation.getId(), operation.getName(),
				"Created at /operations/" + slug + ", "
						+ LondonTime.dateRange(operation.getStartDate(), operation.getEndDate()));
		return operation.getId();
	}

	/**
	 * Saves new details, unless the operation has changed since {@code version}, the
	 * version the person's form was filled in from.
	 */
	void revise(PressOfficer officer, long id, Long version, Details details) {
		Operation operation = find(id);
		checkVersion(operation, version);
		Set<Area> covered = areas(details);
		String changes = changes(operation, details, covered);
		operation.revise(details.name(), details.codeName(), details.unit(), details.startDate(), details.endDate(),
				details.summary(), this.clock);
		operation.coverAreas(covered);
		this.audit.record(officer, "OPERATION_EDITED", SUBJECT, id, operation.getName(), changes);
	}

	/**
	 * Adds a row after the others. No version is needed: adding cannot undo anyone else's
	 * change.
	 * @return the new row's number
	 */
	int addResult(PressOfficer officer, long id, TallyLine line) {
		Operation operation = find(id);
		operation.addResult(line, this.clock);
		int number = operation.resultCount();
		this.audit.record(officer, "OPERATION_ROW_ADDED", SUBJECT, id, operation.getName(),
				"Added row " + number + ": " + line.text());
		return number;
	}

	/**
	 * Removes the row with this number. Rows are renumbered after a removal, so a number
	 * only means the row the person saw if nothing has changed since {@code version}.
	 * @return what the removed row said
	 */
	TallyLine removeResult(PressOfficer officer, long id, int number, Long version) {
		Operation operation = find(id);
		checkVersion(operation, version);
		int count = operation.resultCount();
		TallyLine removed = operation.removeResult(number, this.clock);
		this.audit.record(officer, "OPERATION_ROW_REMOVED", SUBJECT, id, operation.getName(), "Removed row " + number
				+ ": " + removed.text() + ((number < count) ? "; the rows after it were renumbered" : ""));
		return removed;
	}

	private Operation find(long id) {
		return this.operations.findWithResultsById(id)
			.orElseThrow(() -> new NoSuchElementException("No operation " + id));
	}

	private static void checkVersion(Operation operation, Long version) {
		if (version == null || version != operation.getVersion()) {
			throw new Stale();
		}
	}

	private Set<Area> areas(Details details) {
		List<Area> found = this.areas.findAllById(details.areaIds());
		if (found.size() != details.areaIds().size()) {
			throw new NoSuchElementException("Unknown area in " + details.areaIds());
		}
		return new HashSet<>(found);
	}

	private static String changes(Operation operation, Details details, Set<Area> covered) {
		List<String> changed = new ArrayList<>();
		if (!operation.getName().equals(details.name())) {
			changed.add("name (was \u201c" + operation.getName() + "\u201d)");
		}
		if (!Objects.equals(operation.getCodeName(), details.codeName())) {
			changed.add("code name");
		}
		if (!operation.getUnit().equals(details.unit())) {
			changed.add("unit responsible");
		}
		if (!operation.getStartDate().equals(details.startDate())
				|| !operation.getEndDate().equals(details.endDate())) {
			changed.add("dates (were " + LondonTime.dateRange(operation.getStartDate(), operation.getEndDate()) + ")");
		}
		if (!operation.getSummary().equals(details.summary())) {
			changed.add("summary");
		}
		if (!ids(operation.getAreas()).equals(ids(covered))) {
			changed.add("areas");
		}
		return changed.isEmpty() ? "Saved with no changes" : "Changed " + String.join(", ", changed);
	}

	private static Set<Long> ids(Set<Area> areas) {
		return areas.stream().map(Area::getId).collect(Collectors.toSet());
	}

	/** An operation's details, tidied as they will be stored. */
	record Details(String name, String codeName, String unit, LocalDate startDate, LocalDate endDate, String summary,
			Set<Long> areaIds) {

		Details {
			name = name.strip();
			codeName = (codeName == null || codeName.isBlank()) ? null : codeName.strip();
			unit = unit.strip();
			summary = summary.strip();
			areaIds = Set.copyOf(areaIds);
		}

	}

	/** The operation has changed since the person read it. */
	static final class Stale extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Stale() {
			super("The operation has changed since it was read");
		}

	}

}
