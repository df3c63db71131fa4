package uk.policenewsroom.operations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.policenewsroom.areas.Area;

/**
 * A police operation (an intensification week, a named investigation) and its results,
 * recorded as typed tally rows from which the published totals are computed.
 */
@Entity
@Table(name = "operations")
public class Operation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(name = "code_name")
	private String codeName;

	@Column(nullable = false)
	private String unit;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(nullable = false)
	private String summary;

	@ManyToMany
	@JoinTable(name = "operation_areas", joinColumns = @JoinColumn(name = "operation_id"),
			inverseJoinColumns = @JoinColumn(name = "area_id"))
	private Set<Area> areas = new LinkedHashSet<>();

	@OneToMany(mappedBy = "operation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<TallyRow> rows = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Operation() {
	}

	public Operation(String slug, String name, String codeName, String unit, LocalDate startDate, LocalDate endDate,
			String summary, Clock clock) {
		this.slug = Objects.requireNonNull(slug);
		describe(name, codeName, unit, startDate, endDate, summary);
		this.createdAt = clock.instant();
		this.updatedAt = this.createdAt;
	}

	/** Changes what the operation is; its slug stays, so links to it keep working. */
	public void revise(String name, String codeName, String unit, LocalDate startDate, LocalDate endDate,
			String summary, Clock clock) {
		describe(name, codeName, unit, startDate, endDate, summary);
		this.updatedAt = clock.instant();
	}

	private void describe(String name, String codeName, String unit, LocalDate startDate, LocalDate endDate,
			String summary) {
		if (endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("An operation cannot end before it starts");
		}
		this.name = Objects.requireNonNull(name).strip();
		this.codeName = (codeName == null || codeName.isBlank()) ? null : codeName.strip();
		this.unit = Objects.requireNonNull(unit).strip();
		this.startDate = startDate;
		this.endDate = endDate;
		this.summary = Objects.requireNonNull(summary).strip();
	}

	public void coverAreas(Set<Area> areas) {
		this.areas.clear();
		this.areas.addAll(areas);
	}

	/** Replaces the results with these lines, in this order. */
	public void recordResults(List<TallyLine> lines, Clock clock) {
		this.rows.clear();
		for (TallyLine line : lines) {
			this.rows.add(new TallyRow(this, this.rows.size() + 1, line));
		}
		this.updatedAt = clock.instant();
	}

	public void addResult(TallyLine line, Clock clock) {
		int next = this.rows.stream().mapToInt(TallyRow::getPosition).max().orElse(0) + 1;
		this.rows.add(new TallyRow(this, next, line));
		this.updatedAt = clock.instant();
	}

	/**
	 * Removes the row with this number and renumbers the rows after it, so the results
	 * always read "rows 1 to n" and totals never point at a gap. A row's number is
	 * therefore not a lasting name for it: removing by number is only safe against the
	 * version of the operation the person was looking at (see OperationEditing).
	 * @return what the removed row said
	 */
	public TallyLine removeResult(int number, Clock clock) {
		List<TallyRow> ordered = this.rows.stream().sorted(Comparator.comparingInt(TallyRow::getPosition)).toList();
		if (number < 1 || number > ordered.size()) {
			throw new NoSuchElementException("Operation " + this.id + " has no row " + number);
		}
		TallyRow removed = ordered.get(number - 1);
		this.rows.remove(removed);
		int position = 1;
		for (TallyRow row : ordered) {
			if (row != removed) {
				row.renumber(position++);
			}
		}
		this.updatedAt = clock.instant();
		return removed.line();
	}

	public int resultCount() {
		return this.rows.size();
	}

	public Tally tally() {
		return Tally
			.of(this.rows.stream().sorted(Comparator.comparingInt(TallyRow::getPosition)).map(TallyRow::line).toList());
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getCodeName() {
		return this.codeName;
	}

	public String getUnit() {
		return this.unit;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public String getSummary() {
		return this.summary;
	}

	public Set<Area> getAreas() {
		return Set.copyOf(this.areas);
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** What a form carries, so that a save made against an older version is refused. */
	public long getVersion() {
		return this.version;
	}

}
