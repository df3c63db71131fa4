package uk.policenewsroom.operations;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a tally row counts. Each kind says which units it may be measured in.
 */
public enum TallyKind {

	ARRESTS("Arrests", "arrests", Unit.COUNT),

	CHARGED("People charged", "people charged", Unit.COUNT),

	BAILED("Released on bail", "released on bail", Unit.COUNT),

	RELEASED_UNDER_INVESTIGATION("Released under investigation", "released under investigation", Unit.COUNT),

	COUNTY_LINES_DISRUPTED("County lines disrupted", "county lines disrupted", Unit.COUNT),

	SAFEGUARDED("Vulnerable people safeguarded", "vulnerable people safeguarded", Unit.COUNT),

	CASH("Cash seized", "cash seized", Unit.PENCE),

	DRUGS("Drugs seized", "drugs seized", Unit.GRAMS, Unit.KILOGRAMS, Unit.WRAPS, Unit.PILLS, Unit.PLANTS),

	WEAPONS("Weapons seized", "weapons seized", Unit.COUNT),

	VEHICLES("Vehicles seized", "vehicles seized", Unit.COUNT),

	PHONES("Phones seized", "phones seized", Unit.COUNT),

	OTHER("Other", "other", Unit.COUNT);

	private final String label;

	private final String phrase;

	private final Set<Unit> units;

	TallyKind(String label, String phrase, Unit first, Unit... rest) {
		this.label = label;
		this.phrase = phrase;
		this.units = EnumSet.of(first, rest);
	}

	public String label() {
		return this.label;
	}

	/** The words that follow a figure: "49 arrests". */
	public String phrase() {
		return this.phrase;
	}

	public Set<Unit> units() {
		return this.units;
	}

	public boolean allows(Unit unit) {
		return this.units.contains(unit);
	}

	public boolean needsDescription() {
		return this == DRUGS || this == OTHER;
	}

}
