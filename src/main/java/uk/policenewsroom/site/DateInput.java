package uk.policenewsroom.site;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * A date typed as day, month and year in three boxes, the way GOV.UK asks for dates:
 * nothing to get wrong about the order or the separators, and a message that says which
 * part is missing or wrong, shown against that box.
 */
public final class DateInput {

	private static final Pattern DAY_OR_MONTH = Pattern.compile("\\d{1,2}");

	private static final Pattern YEAR = Pattern.compile("\\d{1,6}");

	private DateInput() {
	}

	/**
	 * The date in the fields {@code <prefix>Day}, {@code <prefix>Month} and
	 * {@code <prefix>Year}, or {@code null} after rejecting the field that is wrong.
	 * @param label how a message names the date: "Start date"
	 */
	public static LocalDate read(Errors errors, String prefix, String label, String day, String month, String year) {
		String d = clean(day);
		String m = clean(month);
		String y = clean(year);
		if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
			errors.rejectValue(prefix + "Day", "date.missing", "Enter the " + label.toLowerCase(Locale.UK));
			return null;
		}
		List<String> missing = new ArrayList<>();
		String first = null;
		for (String[] part : new String[][] { { d, "day", "Day" }, { m, "month", "Month" }, { y, "year", "Year" } }) {
			if (part[0].isEmpty()) {
				missing.add(part[1]);
				first = (first != null) ? first : part[2];
			}
		}
		if (!missing.isEmpty()) {
			errors.rejectValue(prefix + first, "date.incomplete",
					label + " must include a " + String.join(" and ", missing));
			return null;
		}
		if (!DAY_OR_MONTH.matcher(d).matches()) {
			errors.rejectValue(prefix + "Day", "date.day", label + " must be a real date");
			return null;
		}
		if (!DAY_OR_MONTH.matcher(m).matches()) {
			errors.rejectValue(prefix + "Month", "date.month", label + " must be a real date");
			return null;
		}
		if (!YEAR.matcher(y).matches() || y.length() != 4) {
			errors.rejectValue(prefix + "Year", "date.year",
					"The year of the " + label.toLowerCase(Locale.UK) + " must have 4 numbers, like 2022");
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
		}
		catch (DateTimeException ex) {
			errors.rejectValue(prefix + "Day", "date.real", label + " must be a real date");
			return null;
		}
	}

	/**
	 * As {@link #read}, but a date left out entirely is no error: for filters, where
	 * every field is optional.
	 */
	public static LocalDate readOptional(Errors errors, String prefix, String label, String day, String month,
			String year) {
		if (clean(day).isEmpty() && clean(month).isEmpty() && clean(year).isEmpty()) {
			return null;
		}
		return read(errors, prefix, label, day, month, year);
	}

	public static String day(LocalDate date) {
		return (date != null) ? String.valueOf(date.getDayOfMonth()) : null;
	}

	public static String month(LocalDate date) {
		return (date != null) ? String.valueOf(date.getMonthValue()) : null;
	}

	public static String year(LocalDate date) {
		return (date != null) ? String.valueOf(date.getYear()) : null;
	}

	private static String clean(String part) {
		return (part != null) ? part.strip() : "";
	}

}
