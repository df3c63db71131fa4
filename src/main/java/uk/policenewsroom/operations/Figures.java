package uk.policenewsroom.operations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import uk.policenewsroom.areas.AreaView;
import uk.policenewsroom.operations.Tally.Key;
import uk.policenewsroom.operations.Tally.Total;

/**
 * The arithmetic of the results dashboard: the totals of many operations added up
 * overall, by the month each ended, by area, by operation and by drug class. Every sum is
 * made of operations' own totals ({@link Tally#totals()}), so each figure adds up to what
 * the operations' pages and files say, and names the operations it comes from.
 */
final class Figures {

	private final List<Counted> operations;

	Figures(List<Counted> operations) {
		this.operations = List.copyOf(operations);
	}

	List<Counted> operations() {
		return this.operations;
	}

	/** Every total that any of the operations has, in the order of {@link Key#ORDER}. */
	Map<Key, Sum> totals() {
		Map<Key, Sum> sums = new TreeMap<>(Key.ORDER);
		for (Counted operation : this.operations) {
			for (Total total : operation.totals()) {
				sums.computeIfAbsent(total.key(), (key) -> Sum.empty(key.measure())).add(operation, total);
			}
		}
		return sums;
	}

	/**
	 * This figure for each month in which any of the operations ended, oldest first (as
	 * zero when none of that month's operations recorded it). An operation counts in the
	 * month it ended: that is when its results are reported. Months in which no operation
	 * ended are left out, so years without operations do not fill the chart with empty
	 * rows.
	 */
	Map<YearMonth, Sum> byMonth(Key key) {
		Map<YearMonth, Sum> months = new TreeMap<>();
		for (Counted operation : this.operations) {
			Sum sum = months.computeIfAbsent(operation.month(), (month) -> Sum.empty(key.measure()));
			operation.total(key).ifPresent((total) -> sum.add(operation, total));
		}
		return months;
	}

	/**
	 * This figure for each area, by name; an operation that covered several areas counts
	 * in each, so areas can add up to more than the total. Operations without an area are
	 * under {@link #NO_AREA}.
	 */
	Map<AreaView, Sum> byArea(Key key) {
		Map<AreaView, Sum> areas = new TreeMap<>(
				Comparator.comparing((AreaView area) -> area == NO_AREA).thenComparing(AreaView::name));
		for (Counted operation : this.operations) {
			Optional<Total> total = operation.total(key);
			if (total.isEmpty()) {
				continue;
			}
			List<AreaView> covered = operation.areas().isEmpty() ? List.of(NO_AREA) : operation.areas();
			for (AreaView area : covered) {
				areas.computeIfAbsent(area, (a) -> Sum.empty(key.measure())).add(operation, total.get());
			}
		}
		return areas;
	}

	/** Where operations that name no area are counted in {@link #byArea}. */
	static final AreaView NO_AREA = new AreaView("", "No area given");

	/** This figure for each operation that recorded it, newest first. */
	Map<Counted, Sum> byOperation(Key key) {
		Map<Counted, Sum> sums = new LinkedHashMap<>();
		for (Counted operation : this.operations) {
			operation.total(key)
				.ifPresent((total) -> sums.computeIfAbsent(operation, (o) -> Sum.empty(key.measure()))
					.add(operation, total));
		}
		return sums;
	}

	/**
	 * Drugs measured this way (by weight, in wraps, pills or plants), for each class that
	 * any operation recorded, Class A first and unclassified last.
	 */
	Map<Key, Sum> drugsByClass(Unit measure) {
		Map<Key, Sum> classes = new TreeMap<>(Key.ORDER);
		totals().forEach((key, sum) -> {
			if (key.kind() == TallyKind.DRUGS && key.measure() == measure) {
				classes.put(key, sum);
			}
		});
		return classes;
	}

	/** The measures of drugs that any operation recorded, grams first. */
	List<Unit> drugMeasures() {
		return totals().keySet()
			.stream()
			.filter((key) -> key.kind() == TallyKind.DRUGS)
			.map(Key::measure)
			.distinct()
			.sorted()
			.toList();
	}

	/** An operation the public may see, with its totals ({@link Tally#totals()}). */
	record Counted(String slug, String name, LocalDate ended, List<AreaView> areas, List<Total> totals) {

		YearMonth month() {
			return YearMonth.from(this.ended);
		}

		Optional<Total> total(Key key) {
			return this.totals.stream().filter((total) -> total.key().equals(key)).findFirst();
		}

	}

	/**
	 * A figure added up from operations' totals: the amount in {@code unit} (grams for
	 * weights, pence for cash), approximate when any part is, and the operations it came
	 * from.
	 */
	static final class Sum {

		private BigDecimal amount = BigDecimal.ZERO;

		private final Unit unit;

		private boolean approximate;

		private final List<Counted> from = new ArrayList<>();

		private Sum(Unit unit) {
			this.unit = unit;
		}

		static Sum empty(Unit unit) {
			return new Sum(unit);
		}

		void add(Counted operation, Total total) {
			this.amount = this.amount.add(total.amount());
			this.approximate |= total.approximate();
			if (!this.from.contains(operation)) {
				this.from.add(operation);
			}
		}

		BigDecimal amount() {
			return this.amount;
		}

		Unit unit() {
			return this.unit;
		}

		boolean approximate() {
			return this.approximate;
		}

		List<Counted> from() {
			return List.copyOf(this.from);
		}

		/** "about £96,509", "302.42 g", as the operation pages show figures. */
		String shown() {
			return (this.approximate ? "about " : "") + Amounts.shown(this.amount, this.unit);
		}

	}

}
