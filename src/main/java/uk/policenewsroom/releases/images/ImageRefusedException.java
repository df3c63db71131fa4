package uk.policenewsroom.releases.images;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An upload we will not take. The message is written for the person who chose the file,
 * to be shown next to the upload field. Should a caller not catch it, the visitor gets a
 * 400 page rather than a 500.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class ImageRefusedException extends RuntimeException {

	ImageRefusedException(String message) {
		super(message);
	}

	ImageRefusedException(String message, Throwable cause) {
		super(message, cause);
	}

}
