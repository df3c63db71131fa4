package uk.policenewsroom.releases.images;

import java.util.Optional;

/**
 * Where the bytes of accepted images live. Only {@link ImageUploads} saves, and only what
 * it has checked and re-encoded; an interface so the bytes could move to object storage
 * without the rest of the site noticing.
 */
public interface ImageStore {

	/**
	 * Stores these bytes, or finds them if the same bytes are already stored.
	 * @param bytes the encoded image
	 * @param contentType {@code image/jpeg} or {@code image/png}
	 * @param width the width in pixels
	 * @param height the height in pixels
	 * @return the stored image, with its id and content hash
	 */
	StoredImage save(byte[] bytes, String contentType, int width, int height);

	/** What is known about an image, without its bytes. */
	Optional<StoredImage> find(long id);

	/** An image with its bytes. */
	Optional<Loaded> load(long id);

	/**
	 * An image and its bytes.
	 *
	 * @param image what is known about it
	 * @param bytes its encoded bytes
	 */
	record Loaded(StoredImage image, byte[] bytes) {

	}

}
