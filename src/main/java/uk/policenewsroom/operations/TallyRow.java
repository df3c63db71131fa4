package uk.policenewsroom.operations;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One typed line of an operation's results: "145.92 g of heroin (Class A)", "49 arrests".
 * Rows are part of the {@link Operation} aggregate and are only made through it.
 */
@Entity
@Table(name = "tally_rows")
public class TallyRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "operation_id")
	private Operation operation;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TallyKind kind;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "drug_class")
	private DrugClass drugClass;

	@Column(nullable = false, precision = 15, scale = 3)
	private BigDecimal quantity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Unit unit;

	@Column(nullable = false)
	private boolean approximate;

	protected TallyRow() {
	}

	TallyRow(Operation operation, int position, TallyLine line) {
		this.operation = operation;
		this.position = position;
		change(line);
	}

	void change(TallyLine line) {
		this.kind = line.kind();
		this.description = line.description();
		this.drugClass = line.drugClass();
		this.quantity = line.quantity();
		this.unit = line.unit();
		this.approximate = line.approximate();
	}

	public TallyLine line() {
		return new TallyLine(this.kind, this.description, this.drugClass, this.quantity, this.unit, this.approximate);
	}

	public int getPosition() {
		return this.position;
	}

	void renumber(int position) {
		this.position = position;
	}

}
