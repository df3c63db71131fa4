package uk.policenewsroom.releases;

/**
 * Somebody else saved the release after this officer opened it. Carries what is saved
 * now, so the conflict page can show both texts and nothing typed is lost.
 */
public class EditConflict extends RuntimeException {

	private final transient Release current;

	EditConflict(Release current) {
		super("The release was changed by somebody else");
		this.current = current;
	}

	Release current() {
		return this.current;
	}

}
