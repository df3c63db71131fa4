package uk.policenewsroom.releases.images;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded images, all checked before an image is decoded.
 *
 * @param maxBytes the largest file accepted
 * @param maxPixels the most pixels (width times height) an image may claim
 * @param maxSide the most pixels an image may have on either side
 * @param maxWidth wider images are scaled down to this width when re-encoded
 */
@ConfigurationProperties("newsroom.images")
public record ImageProperties(DataSize maxBytes, Long maxPixels, Integer maxSide, Integer maxWidth) {

	public ImageProperties {
		if (maxBytes == null) {
			maxBytes = DataSize.ofMegabytes(10);
		}
		if (maxPixels == null) {
			maxPixels = 40_000_000L;
		}
		if (maxSide == null) {
			maxSide = 10_000;
		}
		if (maxWidth == null) {
			maxWidth = 2_000;
		}
		if (maxBytes.toBytes() < 1 || maxBytes.toBytes() > Integer.MAX_VALUE - 16) {
			throw new IllegalArgumentException("newsroom.images.max-bytes must be between 1 byte and 2 GB");
		}
		if (maxPixels < 1 || maxSide < 1 || maxWidth < 1) {
			throw new IllegalArgumentException("newsroom.images limits must be positive");
		}
	}

}
