package uk.policenewsroom.releases.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What {@link ImageUploads} takes, what it refuses, and that what it keeps carries
 * nothing but pixels.
 */
@NewsroomTest
class ImageUploadsTests {

	@Autowired
	ImageUploads uploads;

	@Autowired
	ImageStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@BeforeEach
	void empty() {
		this.data.reset();
	}

	@Test
	void aJpegIsStoredAsAJpegOfTheSameSize() {
		StoredImage image = accept(TestImages.jpeg(64, 48));
		assertThat(image.contentType()).isEqualTo("image/jpeg");
		assertThat(image.width()).isEqualTo(64);
		assertThat(image.height()).isEqualTo(48);
		assertThat(image.sha256()).matches("[0-9a-f]{64}");
		byte[] stored = bytes(image);
		assertThat(ImageFormat.detect(stored)).hasValue(ImageFormat.JPEG);
		assertThat(PostgresImageStore.sha256(stored)).isEqualTo(image.sha256());
		assertThat(TestImages.decode(stored).getWidth()).isEqualTo(64);
	}

	@Test
	void aPngWithTransparencyStaysAPngAndKeepsItsTransparency() {
		StoredImage image = accept(TestImages.pngWithTransparency(30, 20));
		assertThat(image.contentType()).isEqualTo("image/png");
		BufferedImage stored = TestImages.decode(bytes(image));
		assertThat(stored.getRGB(5, 2) >>> 24).isZero();
		assertThat(stored.getRGB(5, 17)).isEqualTo(0xff00ff00);
	}

	@Test
	void anOpaquePngIsStoredAsAJpeg() {
		assertThat(accept(TestImages.png(30, 20)).contentType()).isEqualTo("image/jpeg");
	}

	@Test
	void theTypeComesFromTheBytesNotTheNameOrTheDeclaredType() throws Exception {
		MockMultipartFile png = new MockMultipartFile("image", "photo.jpg", "image/jpeg",
				TestImages.pngWithTransparency(30, 20));
		StoredImage image = this.uploads.accept(png.getInputStream(), png.getSize());
		// Only the PNG reader could have kept the transparent half.
		assertThat(image.contentType()).isEqualTo("image/png");

		MockMultipartFile gif = new MockMultipartFile("image", "photo.jpg", "image/jpeg", TestImages.gif(30, 20));
		assertThatExceptionOfType(ImageRefusedException.class)
			.isThrownBy(() -> this.uploads.accept(gif.getInputStream(), gif.getSize()))
			.withMessage("The file must be a JPEG, PNG or WebP image");
	}

	@ParameterizedTest
	@ValueSource(strings = { "gif", "svg", "html", "pdf", "random", "bmp", "jpeg-looking-text" })
	void anythingElseIsRefused(String kind) {
		byte[] bytes = switch (kind) {
			case "gif" -> TestImages.gif(10, 10);
			case "bmp" -> TestImages.encode(TestImages.picture(10, 10), "bmp");
			case "svg" -> ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
					+ " height=\"10\"><script>alert(1)</script></svg>");
			case "html" -> ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
			case "pdf" -> ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF");
			case "jpeg-looking-text" -> ascii("JFIF Exif image/jpeg photo.jpg");
			default -> {
				byte[] random = new byte[4096];
				new Random(42).nextBytes(random);
				random[0] = 0;
				yield random;
			}
		};
		assertThatExceptionOfType(ImageRefusedException.class).isThrownBy(() -> accept(bytes))
			.withMessage("The file must be a JPEG, PNG or WebP image");
		assertThat(storedCount()).isZero();
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatExceptionOfType(ImageRefusedException.class).isThrownBy(() -> accept(new byte[0]))
			.withMessage("The selected file is empty");
	}

	@Test
	void aFileDeclaredTooBigIsRefusedBeforeAnythingIsRead() {
		InputStream untouchable = new InputStream() {

			@Override
			public int read() {
				throw new AssertionError("The upload was read");
			}

		};
		assertThatExceptionOfType(ImageRefusedException.class)
			.isThrownBy(() -> this.uploads.accept(untouchable, DataSize.ofMegabytes(10).toBytes() + 1))
			.withMessage("The image must be smaller than 10 MB");
	}

	@Test
	void aFileBiggerThanItSaidIsRefusedAfterReadingOneBytePastTheLimit() {
		ImageUploads small = new ImageUploads(new ImageProperties(DataSize.ofKilobytes(1), null, null, null),
				this.store);
		CountingStream endless = new CountingStream(TestImages.jpeg(8, 8));
		assertThatExceptionOfType(ImageRefusedException.class).isThrownBy(() -> small.accept(endless, 100))
			.withMessage("The image must be smaller than 1 KB");
		assertThat(endless.read).isEqualTo(1025);
		assertThat(storedCount()).isZero();
	}

	@Test
	void aPixelBombIsRefusedFromItsHeaderWithoutDecodingIt() {
		byte[] bomb = TestImages.pngClaiming(50_000, 50_000);
		assertThat(bomb).hasSizeLessThan(1000);
		long before = System.nanoTime();
		assertThatExceptionOfType(ImageRefusedException.class).isThrownBy(() -> accept(bomb))
			.withMessage("The image is too large: at most 10,000 pixels wide or high");
		// Decoding 2.5 billion pixels would need 10 GB and take far longer than this.
		assertThat(System.nanoTime() - before).isLessThan(2_000_000_000L);
		assertThat(storedCount()).isZero();
	}

	@Test
	void tooManyPixelsWithinTheSideLimitIsRefused() {
		assertThatExceptionOfType(ImageRefusedException.class)
			.isThrownBy(() -> accept(TestImages.pngClaiming(9_000, 9_000)))
			.withMessage("The image is too large: at most 40 megapixels");
	}

	@Test
	void aDamagedImageIsRefusedWithAMessageNotAnError() {
		byte[] png = TestImages.png(40, 40);
		byte[] truncated = java.util.Arrays.copyOf(png, 60);
		assertThatExceptionOfType(ImageRefusedException.class).isThrownBy(() -> accept(truncated))
			.withMessageStartingWith("The image could not be read");
		assertThat(storedCount()).isZero();
	}

	@Test
	void exifXmpAndCommentsAreGoneAfterUpload() {
		byte[] upload = TestImages.jpegWithMetadata(40, 20, 1);
		assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif", TestImages.PLANTED);
		byte[] stored = bytes(accept(upload));
		String text = new String(stored, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("Exif", "http://ns.adobe.com/xap", "GPS", TestImages.PLANTED);
		assertThat(markersBeforeTheImageData(stored)).doesNotContain(0xe1, 0xfe);
	}

	@Test
	void aPhotoTakenOnItsSideIsTurnedUprightBeforeItsExifIsDropped() {
		// Left half red, right half blue; the camera says "turn me 90 degrees clockwise".
		StoredImage image = accept(TestImages.jpegWithMetadata(40, 20, 6));
		assertThat(image.width()).isEqualTo(20);
		assertThat(image.height()).isEqualTo(40);
		BufferedImage upright = TestImages.decode(bytes(image));
		assertThat(isRed(upright.getRGB(10, 5))).isTrue();
		assertThat(isRed(upright.getRGB(10, 35))).isFalse();
	}

	@Test
	void wideImagesAreScaledDownToTheMaximumWidth() {
		StoredImage image = accept(TestImages.jpeg(4_500, 90));
		assertThat(image.width()).isEqualTo(2_000);
		assertThat(image.height()).isEqualTo(40);
		BufferedImage stored = TestImages.decode(bytes(image));
		assertThat(stored.getWidth()).isEqualTo(2_000);
		assertThat(isRed(stored.getRGB(100, 20))).isTrue();
		assertThat(isRed(stored.getRGB(1_900, 20))).isFalse();
		// Wide enough to be decoded at every other pixel before it is scaled.
		StoredImage wider = accept(TestImages.jpeg(8_100, 81));
		assertThat(wider.width()).isEqualTo(2_000);
		assertThat(wider.height()).isEqualTo(20);
		stored = TestImages.decode(bytes(wider));
		assertThat(isRed(stored.getRGB(100, 10))).isTrue();
		assertThat(isRed(stored.getRGB(1_900, 10))).isFalse();
	}

	@Test
	void aWebpIsDecodedAndStoredAsAJpeg() {
		StoredImage image = accept(TestImages.webp(16, 8, 0xffc04020));
		assertThat(image.contentType()).isEqualTo("image/jpeg");
		assertThat(image.width()).isEqualTo(16);
		assertThat(image.height()).isEqualTo(8);
		int pixel = TestImages.decode(bytes(image)).getRGB(8, 4);
		assertThat((pixel >> 16) & 0xff).isBetween(0xb0, 0xd0);
		assertThat((pixel >> 8) & 0xff).isBetween(0x30, 0x50);
		assertThat(pixel & 0xff).isBetween(0x10, 0x30);
	}

	@Test
	void aWebpWithTransparencyIsStoredAsAPng() {
		StoredImage image = accept(TestImages.webp(16, 8, 0x80c04020));
		assertThat(image.contentType()).isEqualTo("image/png");
		assertThat(TestImages.decode(bytes(image)).getRGB(8, 4) >>> 24).isBetween(0x7f, 0x81);
	}

	@Test
	void aWebpHeaderAroundGarbageIsRefusedCleanly() {
		byte[] garbage = new byte[200];
		new Random(7).nextBytes(garbage);
		assertThatExceptionOfType(ImageRefusedException.class).isThrownBy(() -> accept(TestImages.riff(garbage)))
			.withMessageStartingWith("The image could not be read");
		assertThat(storedCount()).isZero();
	}

	@Test
	void theSameImageUploadedTwiceIsStoredOnce() {
		byte[] upload = TestImages.jpeg(20, 20);
		StoredImage first = accept(upload);
		StoredImage second = accept(upload);
		assertThat(second).isEqualTo(first);
		assertThat(storedCount()).isEqualTo(1);
	}

	private StoredImage accept(byte[] bytes) {
		return this.uploads.accept(new ByteArrayInputStream(bytes), bytes.length);
	}

	private byte[] bytes(StoredImage image) {
		return this.store.load(image.id()).orElseThrow().bytes();
	}

	private long storedCount() {
		return this.jdbc.sql("select count(*) from images").query(Long.class).single();
	}

	private static boolean isRed(int rgb) {
		return ((rgb >> 16) & 0xff) > 200 && (rgb & 0xff) < 60;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** The markers of a JPEG's segments up to the start of its image data. */
	private static java.util.List<Integer> markersBeforeTheImageData(byte[] jpeg) {
		java.util.List<Integer> markers = new java.util.ArrayList<>();
		int position = 2;
		while (position + 4 <= jpeg.length) {
			int marker = jpeg[position + 1] & 0xff;
			markers.add(marker);
			if (marker == 0xda) {
				break;
			}
			position += 2 + (((jpeg[position + 2] & 0xff) << 8) | (jpeg[position + 3] & 0xff));
		}
		return markers;
	}

	/** The same bytes over and over, counting how many were read. */
	private static final class CountingStream extends InputStream {

		private final byte[] pattern;

		long read;

		CountingStream(byte[] pattern) {
			this.pattern = pattern;
		}

		@Override
		public int read() {
			return this.pattern[(int) (this.read++ % this.pattern.length)] & 0xff;
		}

	}

}
