package uk.policenewsroom.releases.images;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The formats we take, known by their first bytes. File names and the browser's content
 * type are the uploader's claims; the bytes are what a decoder will actually see.
 */
enum ImageFormat {

	JPEG("image/jpeg", "jpg", "jpeg"),

	PNG("image/png", "png", "png"),

	/**
	 * Read, never written: Java has no WebP encoder, so WebP uploads are stored as JPEG
	 * or PNG.
	 */
	WEBP("image/webp", "webp", "webp");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private final String mediaType;

	private final String extension;

	private final String readerName;

	ImageFormat(String mediaType, String extension, String readerName) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.readerName = readerName;
	}

	String mediaType() {
		return this.mediaType;
	}

	String extension() {
		return this.extension;
	}

	/** The ImageIO format name whose reader decodes it. */
	String readerName() {
		return this.readerName;
	}

	static Optional<ImageFormat> detect(byte[] bytes) {
		if (startsWith(bytes, 0, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, 0, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	static ImageFormat ofMediaType(String mediaType) {
		return Arrays.stream(values())
			.filter((format) -> format.mediaType.equals(mediaType))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not an image format we store: " + mediaType));
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		return bytes.length >= offset + prefix.length
				&& Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
