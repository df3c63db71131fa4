package uk.policenewsroom.releases.images;

/**
 * An image as stored: safe to serve, its bytes named by their SHA-256.
 *
 * @param id the store's id
 * @param sha256 the SHA-256 of the stored bytes, in lower-case hex
 * @param contentType {@code image/jpeg} or {@code image/png}
 * @param width the width in pixels
 * @param height the height in pixels
 */
public record StoredImage(long id, String sha256, String contentType, int width, int height) {

	/** The file name extension that goes with the content type. */
	public String extension() {
		return ImageFormat.ofMediaType(this.contentType).extension();
	}

}
