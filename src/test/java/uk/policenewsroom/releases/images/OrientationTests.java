package uk.policenewsroom.releases.images;

import java.awt.geom.Point2D;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrientationTests {

	@Test
	void readsTheOrientationFromTheExifBlock() {
		for (int value = 1; value <= 8; value++) {
			assertThat(Orientation.ofJpeg(TestImages.jpegWithMetadata(8, 8, value)))
				.isEqualTo(Orientation.values()[value - 1]);
		}
		assertThat(Orientation.ofJpeg(TestImages.jpeg(8, 8))).isEqualTo(Orientation.NORMAL);
		assertThat(Orientation.ofJpeg(TestImages.jpegWithMetadata(8, 8, 99))).isEqualTo(Orientation.NORMAL);
	}

	@Test
	void aDamagedExifBlockMeansNormalNotAnError() {
		byte[] jpeg = TestImages.jpegWithMetadata(8, 8, 6);
		for (int length = 0; length < 200; length++) {
			Orientation.ofJpeg(Arrays.copyOf(jpeg, length));
		}
		Random random = new Random(3);
		for (int i = 0; i < 2_000; i++) {
			byte[] damaged = jpeg.clone();
			damaged[2 + random.nextInt(120)] = (byte) random.nextInt(256);
			Orientation.ofJpeg(damaged);
		}
		assertThat(Orientation.ofJpeg(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe1, 0, 1 }))
			.isEqualTo(Orientation.NORMAL);
	}

	@ParameterizedTest
	@EnumSource(Orientation.class)
	void everyTransformKeepsTheImageInsideItsUprightFrame(Orientation orientation) {
		int width = 40;
		int height = 20;
		int uprightWidth = orientation.swapsSides() ? height : width;
		int uprightHeight = orientation.swapsSides() ? width : height;
		for (Point2D corner : new Point2D[] { new Point2D.Double(0, 0), new Point2D.Double(width, 0),
				new Point2D.Double(0, height), new Point2D.Double(width, height) }) {
			Point2D moved = orientation.transform(width, height).transform(corner, null);
			assertThat(moved.getX()).isIn(0.0, (double) uprightWidth);
			assertThat(moved.getY()).isIn(0.0, (double) uprightHeight);
		}
	}

	@Test
	void rotatedNinetyDegreesTheTopLeftGoesToTheTopRight() {
		Point2D moved = Orientation.ROTATED_90.transform(40, 20).transform(new Point2D.Double(0, 0), null);
		assertThat(moved).isEqualTo(new Point2D.Double(20, 0));
		moved = Orientation.ROTATED_270.transform(40, 20).transform(new Point2D.Double(0, 0), null);
		assertThat(moved).isEqualTo(new Point2D.Double(0, 40));
	}

}
