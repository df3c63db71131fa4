package uk.policenewsroom.releases;

/**
 * Something in a form that only the database can check (an unknown category, a taken
 * address), with the field it belongs next to.
 */
public class FormProblem extends RuntimeException {

	private final String field;

	FormProblem(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
