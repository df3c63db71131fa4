package uk.policenewsroom.releases.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Images made in code for the tests, good and bad, so no binary file of unknown origin is
 * needed.
 */
final class TestImages {

	static final String PLANTED = "GPS 51.5033N 0.1196W planted-by-the-test";

	private TestImages() {
	}

	/** An opaque picture: red on the left half, blue on the right. */
	static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		graphics.dispose();
		return image;
	}

	static byte[] jpeg(int width, int height) {
		return encode(picture(width, height), "jpeg");
	}

	static byte[] png(int width, int height) {
		return encode(picture(width, height), "png");
	}

	/** A PNG whose top half is see-through. */
	static byte[] pngWithTransparency(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.GREEN);
		graphics.fillRect(0, height / 2, width, height - height / 2);
		graphics.dispose();
		return encode(image, "png");
	}

	static byte[] gif(int width, int height) {
		return encode(picture(width, height), "gif");
	}

	static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, bytes)) {
				throw new IllegalStateException("No writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static BufferedImage decode(byte[] bytes) {
		try {
			return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A real PNG whose header claims another size: what a pixel bomb looks like to a
	 * decoder that trusts it.
	 */
	static byte[] pngClaiming(int width, int height) {
		byte[] png = png(8, 8);
		ByteBuffer header = ByteBuffer.wrap(png);
		// Signature (8), IHDR length (4) and type (4), then width and height.
		header.putInt(16, width);
		header.putInt(20, height);
		CRC32 crc = new CRC32();
		crc.update(png, 12, 4 + 13);
		header.putInt(29, (int) crc.getValue());
		return png;
	}

	/**
	 * A JPEG with what a phone adds: an EXIF block (orientation, and a GPS note in the
	 * image description), an XMP block and a comment, all carrying {@link #PLANTED}.
	 */
	static byte[] jpegWithMetadata(int width, int height, int orientation) {
		byte[] plain = jpeg(width, height);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		writeSegment(out, 0xe1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff(orientation)));
		writeSegment(out, 0xe1,
				("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">" + PLANTED + "</x:xmpmeta>")
					.getBytes(StandardCharsets.US_ASCII));
		writeSegment(out, 0xfe, PLANTED.getBytes(StandardCharsets.US_ASCII));
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	/** A little-endian TIFF block with an orientation and an image description. */
	private static byte[] tiff(int orientation) {
		byte[] description = (PLANTED + "\0").getBytes(StandardCharsets.US_ASCII);
		int entries = 2;
		int directory = 8;
		int descriptionAt = directory + 2 + 12 * entries + 4;
		ByteBuffer tiff = ByteBuffer.allocate(descriptionAt + description.length).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(directory);
		tiff.putShort((short) entries);
		// ImageDescription, ASCII, stored after the directory
		tiff.putShort((short) 0x010e).putShort((short) 2).putInt(description.length).putInt(descriptionAt);
		// Orientation, SHORT, one value held in the entry
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putInt(0);
		tiff.put(description);
		return tiff.array();
	}

	private static void writeSegment(ByteArrayOutputStream out, int marker, byte[] data) {
		int length = data.length + 2;
		out.write(0xff);
		out.write(marker);
		out.write(length >> 8);
		out.write(length & 0xff);
		out.write(data, 0, data.length);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	/**
	 * A lossless WebP of one colour, written bit by bit: no transforms, no colour cache,
	 * and five "simple" prefix codes of one symbol each (green, red, blue, alpha,
	 * distance), so every pixel takes no bits at all.
	 */
	static byte[] webp(int width, int height, int argb) {
		Bits bits = new Bits();
		bits.write(width - 1, 14);
		bits.write(height - 1, 14);
		bits.write(((argb >>> 24) != 0xff) ? 1 : 0, 1);
		bits.write(0, 3);
		bits.write(0, 1);
		bits.write(0, 1);
		bits.write(0, 1);
		for (int symbol : new int[] { (argb >> 8) & 0xff, (argb >> 16) & 0xff, argb & 0xff, argb >>> 24, 0 }) {
			bits.write(1, 1);
			bits.write(0, 1);
			bits.write(1, 1);
			bits.write(symbol, 8);
		}
		byte[] stream = bits.bytes();
		byte[] chunk = new byte[1 + stream.length];
		chunk[0] = 0x2f;
		System.arraycopy(stream, 0, chunk, 1, stream.length);
		return riff(chunk);
	}

	/** A RIFF WebP container around a lossless chunk. */
	static byte[] riff(byte[] vp8l) {
		int padded = vp8l.length + (vp8l.length & 1);
		ByteBuffer file = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
		file.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + padded);
		file.put("WEBP".getBytes(StandardCharsets.US_ASCII));
		file.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(vp8l.length);
		file.put(vp8l);
		return file.array();
	}

	/**
	 * Bits packed from the least significant end, as the WebP lossless format reads them.
	 */
	private static final class Bits {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private int current;

		private int used;

		void write(int value, int count) {
			for (int i = 0; i < count; i++) {
				this.current |= ((value >>> i) & 1) << this.used;
				if (++this.used == 8) {
					this.out.write(this.current);
					this.current = 0;
					this.used = 0;
				}
			}
		}

		byte[] bytes() {
			if (this.used > 0) {
				this.out.write(this.current);
				this.current = 0;
				this.used = 0;
			}
			return this.out.toByteArray();
		}

	}

}
