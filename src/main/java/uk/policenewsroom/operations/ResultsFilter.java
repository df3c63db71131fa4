package uk.policenewsroom.operations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The filters of the results dashboard and the open-data files: operations that ended on
 * or after {@code from}, on or before {@code to}, in the area with this slug. Each may be
 * missing. Dates are written as {@code YYYY-MM-DD}, the way a date field sends them.
 */
public record ResultsFilter(LocalDate from, LocalDate to, String area) {

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public static final ResultsFilter NONE = new ResultsFilter(null, null, null);

	/**
	 * Reads the filters as a request gives them; blank means not given.
	 * @throws Invalid naming every parameter that is wrong, and why
	 */
	public static ResultsFilter parse(String from, String to, String area) {
		List<Problem> problems = new ArrayList<>();
		LocalDate start = date("from", "The start date", from, problems);
		LocalDate end = date("to", "The end date", to, problems);
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(new Problem("to", "The end date must be the same as or after the start date"));
		}
		String slug = blank(area) ? null : area.strip();
		if (slug != null && (slug.length() > 100 || !SLUG.matcher(slug).matches())) {
			problems.add(new Problem("area", "Choose an area from the list"));
		}
		if (!problems.isEmpty()) {
			throw new Invalid(problems);
		}
		return new ResultsFilter(start, end, slug);
	}

	private static LocalDate date(String field, String label, String value, List<Problem> problems) {
		if (blank(value)) {
			return null;
		}
		String text = value.strip();
		if (ISO_DATE.matcher(text).matches()) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				// Falls through: 2022-02-30 has the form of a date but is not one.
			}
		}
		problems.add(new Problem(field, label + " must be a real date, written like 2022-03-07"));
		return null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** The same filters for one month, narrowed to this filter's dates. */
	ResultsFilter withinMonth(YearMonth month) {
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		return new ResultsFilter((this.from != null && this.from.isAfter(first)) ? this.from : first,
				(this.to != null && this.to.isBefore(last)) ? this.to : last, this.area);
	}

	ResultsFilter inArea(String slug) {
		return new ResultsFilter(this.from, this.to, slug);
	}

	public boolean isEmpty() {
		return this.from == null && this.to == null && this.area == null;
	}

	/** A parameter that is wrong, and what to do about it. */
	public record Problem(String field, String message) {

	}

	/** Filters that cannot be read: a 400, with a message for each. */
	public static final class Invalid extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		private final transient List<Problem> problems;

		Invalid(List<Problem> problems) {
			super(String.join("; ", problems.stream().map(Problem::message).toList()));
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return this.problems;
		}

	}

}
