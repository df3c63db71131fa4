package uk.policenewsroom.releases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legal-risk check: reads what a release says and warns about contempt of court,
 * identifying a child, and identifying a victim of a sexual offence. The rules are
 * deliberately simple and written to be read (see {@link LegalRule} for the plain-words
 * version); they warn, and an editor decides. One warning per rule, with the words that
 * set it off.
 */
public final class LegalRisks {

	/**
	 * Someone was charged or remanded: "has been charged", "charged with", "remanded".
	 */
	private static final Pattern CHARGED = Pattern.compile("\\b(?:(?:has|have|had)\\s+(?:now\\s+)?been\\s+charged"
			+ "|(?:was|were|being)\\s+charged|charged\\s+with"
			+ "|charged\\s+(?:a|an|the|two|three|four|five)\\s+(?:man|woman|boy|girl|teenager|person|people|men|women)"
			+ "|remanded)\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * A person's name, as a press release writes it: two or three capitalised words, the
	 * last possibly double-barrelled.
	 */
	private static final String NAME = "\\b[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?(?:\\s+[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?){1,2}\\b";

	private static final Pattern NAME_PATTERN = Pattern.compile(NAME);

	/** "Jane Smith, 15," or "Jane Smith (15)". */
	private static final Pattern NAME_THEN_AGE = Pattern
		.compile("(" + NAME + ")\\s*(?:,|\\()\\s*(\\d{1,2})\\s*(?:,|\\))");

	/** "aged 15", "15-year-old", "15 years old". */
	private static final Pattern AGE = Pattern
		.compile("\\b(?:aged\\s+(\\d{1,2})\\b|(\\d{1,2})[-\\s]year[-\\s]old\\b|(\\d{1,2})\\s+years\\s+old\\b)");

	private static final Pattern SEXUAL_OFFENCE = Pattern.compile(
			"\\b(?:rape[ds]?|raping|sexual(?:ly)?\\s+(?:assault(?:ed|s)?|abused?|offences?|activity)|indecent(?:ly)?\\s+assault(?:ed)?|indecent\\s+exposure|voyeurism|upskirting)\\b",
			Pattern.CASE_INSENSITIVE);

	/** "the victim, Jane Smith", "victim Jane Smith", "the woman, Jane Smith,". */
	private static final Pattern VICTIM_THEN_NAME = Pattern
		.compile("\\b(?i:victim|complainant|survivor)(?:'s\\s+name\\s+is|,|\\s+named\\s+as|\\s+is\\s+named\\s+as)?\\s+("
				+ NAME + ")");

	/** "the rape of Jane Smith", "sexually assaulted Jane Smith". */
	private static final Pattern OFFENCE_AGAINST_NAME = Pattern
		.compile("\\b(?i:rape|sexual\\s+assault|indecent\\s+assault)\\s+(?:of|on)\\s+(" + NAME
				+ ")|\\b(?i:raped|sexually\\s+assaulted|indecently\\s+assaulted)\\s+(" + NAME + ")");

	/** "Jane Smith, who was raped", "Jane Smith, 24, who had been sexually assaulted". */
	private static final Pattern NAME_WHO_WAS_ATTACKED = Pattern.compile("(" + NAME
			+ ")(?:,\\s*\\d{1,2})?,?\\s+(?:who|after\\s+she|after\\s+he)\\s+(?:was|had\\s+been|has\\s+been)\\s+(?:raped|sexually\\s+assaulted|indecently\\s+assaulted)");

	/**
	 * Capitalised words that start sentences or name places and forces, not people: two
	 * of them together are not a name.
	 */
	private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "Police", "Essex", "Officers", "Officer",
			"Detective", "Constable", "Sergeant", "Inspector", "Chief", "Superintendent", "Crown", "Court",
			"Magistrates", "Road", "Street", "Lane", "Avenue", "High", "Station", "County", "Council", "Anyone", "Call",
			"Quote", "Crimestoppers", "She", "He", "They", "We", "It", "On", "In", "At", "Monday", "Tuesday",
			"Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
			"June", "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Miss", "Dr",
			"Her", "His", "Their", "This", "That", "Our", "Your", "If", "When", "After", "Before", "Operation", "Unit",
			"Team", "Service", "Hospital", "School", "Park", "Centre", "Town", "City", "North", "South", "East",
			"West");

	private static final int NEARBY = 80;

	private LegalRisks() {
	}

	/**
	 * What this release's words (and whether it is linked to an operation in which people
	 * were charged) warn about, one warning per rule at most, in the order of the rules.
	 */
	public static List<LegalWarning> check(String title, String summary, String body, boolean linkedToCharge) {
		String text = String.join("\n\n", nonNull(title), nonNull(summary), nonNull(body));
		Map<LegalRule, String> found = new LinkedHashMap<>();
		if (linkedToCharge) {
			found.put(LegalRule.CONTEMPT, "Linked to an operation in which people were charged");
		}
		else {
			first(CHARGED.matcher(text)).ifPresent((words) -> found.put(LegalRule.CONTEMPT, words));
		}
		child(text).ifPresent((words) -> found.put(LegalRule.CHILD, words));
		if (SEXUAL_OFFENCE.matcher(text).find()) {
			victim(text).ifPresent((words) -> found.put(LegalRule.SEXUAL_OFFENCE_VICTIM, words));
		}
		List<LegalWarning> warnings = new ArrayList<>();
		for (LegalRule rule : LegalRule.values()) {
			if (found.containsKey(rule)) {
				warnings.add(new LegalWarning(rule, found.get(rule)));
			}
		}
		return List.copyOf(warnings);
	}

	private static Optional<String> child(String text) {
		Matcher named = NAME_THEN_AGE.matcher(text);
		while (named.find()) {
			if (isName(named.group(1)) && Integer.parseInt(named.group(2)) < 18) {
				return Optional.of(named.group().strip());
			}
		}
		Matcher age = AGE.matcher(text);
		while (age.find()) {
			String digits = (age.group(1) != null) ? age.group(1)
					: (age.group(2) != null) ? age.group(2) : age.group(3);
			if (Integer.parseInt(digits) < 18 && nameNear(text, age.start(), age.end())) {
				return Optional.of(around(text, age.start(), age.end()));
			}
		}
		return Optional.empty();
	}

	private static Optional<String> victim(String text) {
		for (Pattern pattern : List.of(VICTIM_THEN_NAME, OFFENCE_AGAINST_NAME, NAME_WHO_WAS_ATTACKED)) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				for (int group = 1; group <= matcher.groupCount(); group++) {
					if (matcher.group(group) != null && isName(matcher.group(group))) {
						return Optional.of(matcher.group().strip());
					}
				}
			}
		}
		return Optional.empty();
	}

	/** A name within a sentence's reach of the age, not across a paragraph break. */
	private static boolean nameNear(String text, int start, int end) {
		int from = Math.max(0, start - NEARBY);
		int to = Math.min(text.length(), end + NEARBY);
		String before = text.substring(from, start);
		String after = text.substring(end, to);
		before = before.substring(before.lastIndexOf("\n\n") + 1);
		int breakAfter = after.indexOf("\n\n");
		after = (breakAfter >= 0) ? after.substring(0, breakAfter) : after;
		return containsName(before) || containsName(after);
	}

	private static boolean containsName(String text) {
		Matcher matcher = NAME_PATTERN.matcher(text);
		while (matcher.find()) {
			if (isName(matcher.group())) {
				return true;
			}
		}
		return false;
	}

	/** Two or more capitalised words, none of which is a known non-name word. */
	static boolean isName(String words) {
		String[] parts = words.strip().split("\\s+");
		if (parts.length < 2) {
			return false;
		}
		for (String part : parts) {
			if (NOT_NAMES.contains(part) || !Character.isUpperCase(part.charAt(0))) {
				return false;
			}
		}
		return true;
	}

	private static Optional<String> first(Matcher matcher) {
		return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
	}

	private static String around(String text, int start, int end) {
		int from = Math.max(0, start - 40);
		int to = Math.min(text.length(), end + 40);
		return ((from > 0) ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip()
				+ ((to < text.length()) ? "…" : "");
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

	/** One warning: the rule, and the words that set it off. */
	public record LegalWarning(LegalRule rule, String evidence) {

	}

}
