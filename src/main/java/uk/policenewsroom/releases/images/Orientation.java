package uk.policenewsroom.releases.images;

import java.awt.geom.AffineTransform;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How a camera says its photo must be turned to be upright (EXIF tag 274). We strip the
 * EXIF block, so we turn the pixels instead, or a phone photo would be shown on its side.
 */
enum Orientation {

	NORMAL, MIRRORED, ROTATED_180, FLIPPED, TRANSPOSED, ROTATED_90, TRANSVERSE, ROTATED_270;

	private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

	private static final int ORIENTATION_TAG = 0x0112;

	private static final int SHORT = 3;

	/** Whether width and height change places. */
	boolean swapsSides() {
		return ordinal() >= TRANSPOSED.ordinal();
	}

	/**
	 * Maps the pixels of a {@code width} by {@code height} image, as stored, to the
	 * upright picture.
	 */
	AffineTransform transform(int width, int height) {
		return switch (this) {
			case NORMAL -> new AffineTransform();
			case MIRRORED -> new AffineTransform(-1, 0, 0, 1, width, 0);
			case ROTATED_180 -> new AffineTransform(-1, 0, 0, -1, width, height);
			case FLIPPED -> new AffineTransform(1, 0, 0, -1, 0, height);
			case TRANSPOSED -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case ROTATED_90 -> new AffineTransform(0, 1, -1, 0, height, 0);
			case TRANSVERSE -> new AffineTransform(0, -1, -1, 0, height, width);
			case ROTATED_270 -> new AffineTransform(0, -1, 1, 0, 0, width);
		};
	}

	/**
	 * The orientation in a JPEG's EXIF block; {@link #NORMAL} when there is none or it
	 * cannot be made out. Reads only within the bounds of each segment, so a malformed
	 * block cannot make it read elsewhere.
	 */
	static Orientation ofJpeg(byte[] jpeg) {
		int position = 2;
		while (position + 4 <= jpeg.length && (jpeg[position] & 0xff) == 0xff) {
			int marker = jpeg[position + 1] & 0xff;
			if (marker == 0xff) {
				position++;
				continue;
			}
			if (marker == 0xda || marker == 0xd9) {
				break;
			}
			if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
				position += 2;
				continue;
			}
			int length = unsigned16(jpeg, position + 2, false);
			int start = position + 4;
			int end = position + 2 + length;
			if (length < 2 || end > jpeg.length) {
				break;
			}
			if (marker == 0xe1 && end - start > EXIF.length
					&& Arrays.equals(jpeg, start, start + EXIF.length, EXIF, 0, EXIF.length)) {
				return ofTiff(Arrays.copyOfRange(jpeg, start + EXIF.length, end));
			}
			position = end;
		}
		return NORMAL;
	}

	private static Orientation ofTiff(byte[] tiff) {
		if (tiff.length < 8) {
			return NORMAL;
		}
		boolean little;
		if (tiff[0] == 'I' && tiff[1] == 'I') {
			little = true;
		}
		else if (tiff[0] == 'M' && tiff[1] == 'M') {
			little = false;
		}
		else {
			return NORMAL;
		}
		long directory = unsigned32(tiff, 4, little);
		if (directory < 8 || directory + 2 > tiff.length) {
			return NORMAL;
		}
		int entries = unsigned16(tiff, (int) directory, little);
		for (int i = 0; i < entries; i++) {
			int entry = (int) directory + 2 + 12 * i;
			if (entry + 12 > tiff.length) {
				break;
			}
			if (unsigned16(tiff, entry, little) == ORIENTATION_TAG && unsigned16(tiff, entry + 2, little) == SHORT) {
				int value = unsigned16(tiff, entry + 8, little);
				return (value >= 1 && value <= 8) ? values()[value - 1] : NORMAL;
			}
		}
		return NORMAL;
	}

	private static int unsigned16(byte[] bytes, int at, boolean little) {
		int first = bytes[at] & 0xff;
		int second = bytes[at + 1] & 0xff;
		return little ? (second << 8) | first : (first << 8) | second;
	}

	private static long unsigned32(byte[] bytes, int at, boolean little) {
		long high = unsigned16(bytes, little ? at + 2 : at, little);
		long low = unsigned16(bytes, little ? at : at + 2, little);
		return (high << 16) | low;
	}

}
