package uk.policenewsroom.operations;

/**
 * The class of a controlled drug under the Misuse of Drugs Act 1971.
 */
public enum DrugClass {

	A, B, C;

	public String label() {
		return "Class " + name();
	}

}
