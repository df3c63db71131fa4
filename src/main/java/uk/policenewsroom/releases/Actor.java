package uk.policenewsroom.releases;

import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;

/**
 * Who asks the workflow to do something: an account id and whether they are an editor.
 * The aggregate decides with this alone, so its rules can be tested without accounts.
 */
public record Actor(long id, boolean editor) {

	public static Actor of(PressOfficer officer) {
		return new Actor(officer.id(), officer.can(Role.EDITOR));
	}

	public static Actor writer(long id) {
		return new Actor(id, false);
	}

	public static Actor editor(long id) {
		return new Actor(id, true);
	}

}
