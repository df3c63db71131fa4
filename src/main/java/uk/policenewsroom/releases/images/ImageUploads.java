package uk.policenewsroom.releases.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Component;

/**
 * The one way an image gets into the site. Each step guards the next: the size before the
 * bytes are held, the bytes before a decoder is chosen, the header's dimensions before
 * the pixels are decoded, and what is stored is our own re-encoding of the pixels, so no
 * metadata (EXIF, GPS, XMP, comments, ICC profiles) and nothing hidden in the file
 * survives. See docs/architecture.md, "Images".
 */
@Component
public class ImageUploads {

	static final String NOT_AN_IMAGE = "The file must be a JPEG, PNG or WebP image";

	static final String UNREADABLE = "The image could not be read. It may be damaged:"
			+ " save it again as a JPEG or PNG and try again";

	static final String EMPTY = "The selected file is empty";

	private static final float JPEG_QUALITY = 0.85f;

	private final ImageProperties limits;

	private final ImageStore store;

	ImageUploads(ImageProperties limits, ImageStore store) {
		this.limits = limits;
		this.store = store;
		// ImageIO finds plugins with the context class loader of whoever touches it
		// first, which in a packaged jar need not see ours: look again now, and fail at
		// start-up rather than on an editor's first WebP.
		ImageIO.scanForPlugins();
		for (ImageFormat format : ImageFormat.values()) {
			if (!ImageIO.getImageReadersByFormatName(format.readerName()).hasNext()) {
				throw new IllegalStateException(
						"No ImageIO reader for " + format + ": is imageio-webp on the class path?");
			}
		}
	}

	/**
	 * Checks, cleans and stores an uploaded image.
	 * @param upload the uploaded file; read at most one byte past the size limit, not
	 * closed
	 * @param declaredSize the size the upload claims, checked before anything is read; -1
	 * if unknown
	 * @return the stored image: a JPEG, or a PNG if it has transparent parts
	 * @throws ImageRefusedException with a message for the uploader, if the file is too
	 * big, not a JPEG, PNG or WebP, too many pixels, or cannot be decoded
	 * @throws UncheckedIOException if the upload itself cannot be read
	 */
	public StoredImage accept(InputStream upload, long declaredSize) {
		long maxBytes = this.limits.maxBytes().toBytes();
		if (declaredSize > maxBytes) {
			throw tooBig();
		}
		byte[] bytes;
		try {
			bytes = upload.readNBytes((int) maxBytes + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload", ex);
		}
		if (bytes.length > maxBytes) {
			throw tooBig();
		}
		if (bytes.length == 0) {
			throw new ImageRefusedException(EMPTY);
		}
		ImageFormat format = ImageFormat.detect(bytes).orElseThrow(() -> new ImageRefusedException(NOT_AN_IMAGE));
		Orientation orientation = (format == ImageFormat.JPEG) ? Orientation.ofJpeg(bytes) : Orientation.NORMAL;
		BufferedImage upright = upright(decode(bytes, format, orientation), orientation);
		boolean transparent = hasTransparency(upright);
		byte[] encoded = transparent ? png(upright) : jpeg(upright);
		return this.store.save(encoded, transparent ? ImageFormat.PNG.mediaType() : ImageFormat.JPEG.mediaType(),
				upright.getWidth(), upright.getHeight());
	}

	/**
	 * Decodes with the reader for the format the bytes are, not whichever reader ImageIO
	 * would guess, once the header's dimensions are within the limits.
	 */
	private BufferedImage decode(byte[] bytes, ImageFormat format, Orientation orientation) {
		ImageReader reader = ImageIO.getImageReadersByFormatName(format.readerName()).next();
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			checkDimensions(width, height);
			int uprightWidth = orientation.swapsSides() ? height : width;
			// Decoding every other pixel (or fewer) of a very large image keeps memory
			// down;
			// it still leaves at least twice the pixels we keep, for a smooth scaling.
			int step = Math.max(1, uprightWidth / (2 * this.limits.maxWidth()));
			ImageReadParam param = reader.getDefaultReadParam();
			param.setSourceSubsampling(step, step, 0, 0);
			return reader.read(0, param);
		}
		catch (ImageRefusedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// Decoders report malformed files with all kinds of runtime exceptions, not
			// only IIOException.
			throw new ImageRefusedException(UNREADABLE, ex);
		}
		finally {
			reader.dispose();
		}
	}

	private void checkDimensions(int width, int height) {
		if (width < 1 || height < 1) {
			throw new ImageRefusedException(UNREADABLE);
		}
		if (width > this.limits.maxSide() || height > this.limits.maxSide()) {
			throw new ImageRefusedException("The image is too large: at most "
					+ NumberFormat.getIntegerInstance(Locale.UK).format(this.limits.maxSide())
					+ " pixels wide or high");
		}
		if ((long) width * height > this.limits.maxPixels()) {
			throw new ImageRefusedException("The image is too large: at most " + megapixels(this.limits.maxPixels()));
		}
	}

	/**
	 * Turns and scales the decoded pixels into a new image of our own, which carries
	 * nothing of the file they came from.
	 */
	private BufferedImage upright(BufferedImage decoded, Orientation orientation) {
		int type = decoded.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		int uprightWidth = orientation.swapsSides() ? decoded.getHeight() : decoded.getWidth();
		int uprightHeight = orientation.swapsSides() ? decoded.getWidth() : decoded.getHeight();
		int targetWidth = Math.min(uprightWidth, this.limits.maxWidth());
		int targetHeight = Math.max(1, (int) Math.round((double) uprightHeight * targetWidth / uprightWidth));
		int sourceWidth = orientation.swapsSides() ? targetHeight : targetWidth;
		int sourceHeight = orientation.swapsSides() ? targetWidth : targetHeight;
		BufferedImage current = decoded;
		// Halving in steps averages every pixel; one big bilinear step would skip most.
		while (current.getWidth() / 2 >= sourceWidth && current.getHeight() / 2 >= sourceHeight) {
			current = draw(current, AffineTransform.getScaleInstance(0.5, 0.5), current.getWidth() / 2,
					current.getHeight() / 2, type);
		}
		AffineTransform transform = orientation.transform(sourceWidth, sourceHeight);
		transform.scale((double) sourceWidth / current.getWidth(), (double) sourceHeight / current.getHeight());
		return draw(current, transform, targetWidth, targetHeight, type);
	}

	private static BufferedImage draw(BufferedImage source, AffineTransform transform, int width, int height,
			int type) {
		BufferedImage target = new BufferedImage(width, height, type);
		Graphics2D graphics = target.createGraphics();
		try {
			if (type == BufferedImage.TYPE_INT_RGB) {
				graphics.setColor(Color.WHITE);
				graphics.fillRect(0, 0, width, height);
			}
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.drawImage(source, transform, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static boolean hasTransparency(BufferedImage image) {
		if (!image.getColorModel().hasAlpha()) {
			return false;
		}
		int[] row = new int[image.getWidth()];
		for (int y = 0; y < image.getHeight(); y++) {
			image.getRGB(0, y, row.length, 1, row, 0, row.length);
			for (int pixel : row) {
				if ((pixel >>> 24) != 0xff) {
					return true;
				}
			}
		}
		return false;
	}

	private static byte[] jpeg(BufferedImage image) {
		BufferedImage opaque = image;
		if (image.getType() != BufferedImage.TYPE_INT_RGB) {
			opaque = draw(image, new AffineTransform(), image.getWidth(), image.getHeight(),
					BufferedImage.TYPE_INT_RGB);
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			// No metadata of ours either: the writer adds only the plain JFIF header.
			writer.write(null, new IIOImage(opaque, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not encode a JPEG in memory", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static byte[] png(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not encode a PNG in memory", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private ImageRefusedException tooBig() {
		return new ImageRefusedException("The image must be smaller than " + size(this.limits.maxBytes().toBytes()));
	}

	private static String size(long bytes) {
		NumberFormat number = NumberFormat.getNumberInstance(Locale.UK);
		number.setMaximumFractionDigits(1);
		if (bytes >= 1024 * 1024) {
			return number.format(bytes / (1024.0 * 1024)) + " MB";
		}
		if (bytes >= 1024) {
			return number.format(bytes / 1024.0) + " KB";
		}
		return number.format(bytes) + " bytes";
	}

	private static String megapixels(long pixels) {
		NumberFormat number = NumberFormat.getNumberInstance(Locale.UK);
		number.setMaximumFractionDigits(1);
		return number.format(pixels / 1_000_000.0) + " megapixels";
	}

}
