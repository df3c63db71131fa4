package uk.policenewsroom.operations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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

	private void describe(String name, String codeName, String unit, LocalDate startDate, LocalDate endDate,
			String summary) {
		if (endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("An operation cannot end before it starts");
		}
		this.name = Objects.requireNonNull(name);
		this.codeName = (codeName == null || codeName.isBlank()) ? null : codeName.strip();
		this.unit = Objects.requireNonNull(unit);
		this.startDate = startDate;
		this.endDate = endDate;
		this.summary = Objects.requireNonNull(summary);
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

}
