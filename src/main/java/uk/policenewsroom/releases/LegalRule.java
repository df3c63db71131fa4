package uk.policenewsroom.releases;

/**
 * The legal risks the press office is warned about, in plain words: each is checked by
 * {@link LegalRisks}, listed on the press office's legal checks page, and must be
 * acknowledged by the editor who publishes, schedules or approves.
 */
public enum LegalRule {

	CONTEMPT("Contempt of court", """
			Once someone is charged, the case is active (Contempt of Court Act 1981). Publish only their name, \
			age, address and the charge, and nothing that could prejudice a trial: no evidence, no comment on \
			guilt, no previous convictions, no pictures that could matter to identification.""",
			"The release is linked to an operation in which people were charged, or its words say someone was charged or remanded."),

	CHILD("A child may be identified",
			"""
					Someone under 18 who is a suspect, victim or witness must not normally be identified \
					(Children and Young Persons Act 1933, Youth Justice and Criminal Evidence Act 1999). Check that naming them \
					is lawful and necessary, for example a missing child appeal agreed by the senior officer.""",
			"An age under 18 appears next to a name: “Jane Smith, 15,” or a name near “aged 15” or “15-year-old”."),

	SEXUAL_OFFENCE_VICTIM("A victim of a sexual offence may be identified", """
			Victims of rape and other sexual offences have anonymity for life (Sexual Offences (Amendment) Act 1992). \
			Nothing may name them or let them be identified: no name, address, school or workplace, and no picture.""",
			"A sexual offence is mentioned, and a name follows words about the victim (“the victim, Jane Smith”), "
					+ "or is the person the offence was against (“the rape of Jane Smith”, “Jane Smith, who was sexually assaulted”).");

	private final String title;

	private final String advice;

	private final String trigger;

	LegalRule(String title, String advice, String trigger) {
		this.title = title;
		this.advice = advice;
		this.trigger = trigger;
	}

	public String title() {
		return this.title;
	}

	/** What the law says and what to check. */
	public String advice() {
		return this.advice;
	}

	/** What makes the check warn. */
	public String trigger() {
		return this.trigger;
	}

}
