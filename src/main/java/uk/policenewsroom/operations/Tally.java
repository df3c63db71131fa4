package uk.policenewsroom.operations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An operation's results and the totals computed from them. Every total names the rows it
 * was added up from, so that a headline figure ("300g of Class A") can be traced to its
 * rows. Weights add up across grams and kilograms; wraps, pills and plants are totalled
 * on their own; a total is approximate when any of its rows is.
 */
public final class Tally {

	private final List<TallyLine> lines;

	private Tally(List<TallyLine> lines) {
		this.lines = List.copyOf(lines);
	}

	public static Tally of(List<TallyLine> lines) {
		return new Tally(lines);
	}

	public List<TallyLine> lines() {
		return this.lines;
	}

	public boolean isEmpty() {
		return this.lines.isEmpty();
	}

	public List<Total> totals() {
		Map<Key, Accumulator> groups = new LinkedHashMap<>();
		for (int i = 0; i < this.lines.size(); i++) {
			TallyLine line = this.lines.get(i);
			if (line.kind() == TallyKind.OTHER) {
				continue;
			}
			Key key = Key.of(line);
			groups.computeIfAbsent(key, (k) -> new Accumulator()).add(line, i + 1);
		}
		return groups.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Key.ORDER))
			.map((entry) -> entry.getValue().toTotal(entry.getKey()))
			.toList();
	}

	/**
	 * The total for a kind measured in a unit (any weight means grams), if any row has
	 * it.
	 */
	public Optional<Total> total(TallyKind kind, DrugClass drugClass, Unit measure) {
		Key wanted = new Key(kind, drugClass, measure.isWeight() ? Unit.GRAMS : measure);
		return totals().stream().filter((total) -> total.key().equals(wanted)).findFirst();
	}

	/**
	 * A computed total. {@code amount} is in {@code unit} (grams for every weight, pence
	 * for cash); {@code rows} are the 1-based numbers of the rows it adds up.
	 */
	public record Total(Key key, String label, BigDecimal amount, Unit unit, boolean approximate, List<Integer> rows) {

		public String value() {
			return Amounts.shown(this.amount, this.unit);
		}

		/** "about £96,509", "49". */
		public String shown() {
			return (this.approximate ? "about " : "") + value();
		}

	}

	/** What rows are added up together. */
	public record Key(TallyKind kind, DrugClass drugClass, Unit measure) {

		static final Comparator<Key> ORDER = Comparator.comparing(Key::kind)
			.thenComparing(Key::drugClass, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Key::measure);

		/**
		 * Every total there can be, in the order pages list them: each kind in its units,
		 * drugs per class and measure, never OTHER (which is not added up).
		 */
		static List<Key> all() {
			List<Key> keys = new ArrayList<>();
			for (TallyKind kind : TallyKind.values()) {
				if (kind == TallyKind.OTHER) {
					continue;
				}
				List<DrugClass> classes = new ArrayList<>();
				if (kind == TallyKind.DRUGS) {
					classes.addAll(List.of(DrugClass.values()));
				}
				classes.add(null);
				for (DrugClass drugClass : classes) {
					kind.units()
						.stream()
						.filter((unit) -> unit != Unit.KILOGRAMS)
						.forEach((unit) -> keys.add(new Key(kind, drugClass, unit)));
				}
			}
			keys.sort(ORDER);
			return List.copyOf(keys);
		}

		static Optional<Key> ofCode(String code) {
			return all().stream().filter((key) -> key.code().equals(code)).findFirst();
		}

		/**
		 * A name for links and files that does not change with the wording of labels:
		 * "arrests", "cash", "drugs-class-a-by-weight", "drugs-unclassified-plants".
		 */
		public String code() {
			String kindCode = this.kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
			if (this.kind != TallyKind.DRUGS) {
				return kindCode;
			}
			String drugs = kindCode + "-" + ((this.drugClass != null)
					? "class-" + this.drugClass.name().toLowerCase(Locale.ROOT) : "unclassified");
			return drugs + "-"
					+ ((this.measure == Unit.GRAMS) ? "by-weight" : this.measure.name().toLowerCase(Locale.ROOT));
		}

		static Key of(TallyLine line) {
			Unit measure = line.unit().isWeight() ? Unit.GRAMS : line.unit();
			return new Key(line.kind(), line.drugClass(), measure);
		}

		String label() {
			if (this.kind != TallyKind.DRUGS) {
				return this.kind.label();
			}
			String drugs = (this.drugClass != null) ? this.drugClass.label() + " drugs" : "Unclassified drugs";
			return switch (this.measure) {
				case GRAMS -> drugs + " by weight";
				case WRAPS -> drugs + " in wraps";
				case PILLS -> drugs + " in pills";
				case PLANTS -> drugs + " as plants";
				default -> drugs;
			};
		}

	}

	private static final class Accumulator {

		private BigDecimal amount = BigDecimal.ZERO;

		private boolean approximate;

		private final List<Integer> rows = new ArrayList<>();

		void add(TallyLine line, int row) {
			BigDecimal quantity = line.unit().isWeight() ? line.unit().toGrams(line.quantity()) : line.quantity();
			this.amount = this.amount.add(quantity);
			this.approximate |= line.approximate();
			this.rows.add(row);
		}

		Total toTotal(Key key) {
			return new Total(key, key.label(), this.amount.stripTrailingZeros(), key.measure(), this.approximate,
					List.copyOf(this.rows));
		}

	}

}
