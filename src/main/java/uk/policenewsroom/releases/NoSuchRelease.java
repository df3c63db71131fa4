package uk.policenewsroom.releases;

/** No release has that id: answered with 404. */
public class NoSuchRelease extends RuntimeException {

	NoSuchRelease(long id) {
		super("No release " + id);
	}

}
