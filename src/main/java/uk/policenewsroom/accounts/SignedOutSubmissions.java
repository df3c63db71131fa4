package uk.policenewsroom.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A feature that keeps a form sent after its sender's session ended (the form's CSRF
 * token belonged to that session, so the post is refused), rather than throwing the words
 * away. Asked only for a refused post from somebody not signed in.
 */
public interface SignedOutSubmissions {

	/**
	 * Keeps the submission and answers the browser (typically: on to sign in, then back
	 * to the form), if it is one this feature keeps.
	 * @return whether it was kept and answered; if not, the post is refused as usual
	 */
	boolean keep(HttpServletRequest request, HttpServletResponse response) throws IOException;

}
