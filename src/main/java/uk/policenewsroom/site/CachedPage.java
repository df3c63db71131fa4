package uk.policenewsroom.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.springframework.util.DigestUtils;

/**
 * A rendered public page as it is kept: its bytes, compressed once, and a strong ETag
 * computed once.
 *
 * @param body the page as rendered
 * @param gzip the same bytes gzip-compressed
 * @param etag the ETag of {@code body}, as {@code ShallowEtagHeaderFilter} computes it
 * @param gzipEtag the ETag of the compressed representation
 * @param lastModified when it was rendered, to the second
 * @param contentType the {@code Content-Type} it was rendered with
 * @param localeSet whether rendering set the response's locale ({@code Content-Language})
 * @param headers every other header rendering set, in order
 * @param generation the {@link ContentVersion#generation()} it was rendered under
 */
record CachedPage(byte[] body, byte[] gzip, String etag, String gzipEtag, Instant lastModified, String contentType,
		boolean localeSet, List<Map.Entry<String, List<String>>> headers, long generation) {

	static CachedPage of(byte[] body, String contentType, boolean localeSet,
			List<Map.Entry<String, List<String>>> headers, Instant now, long generation) {
		String digest = DigestUtils.md5DigestAsHex(body);
		return new CachedPage(body, gzip(body), "\"0" + digest + "\"", "\"0" + digest + "-gzip\"",
				now.truncatedTo(ChronoUnit.SECONDS), contentType, localeSet, List.copyOf(headers), generation);
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Roughly the memory it takes, for the cache's bound. */
	int weight(String key) {
		return this.body.length + this.gzip.length + key.length() * 2 + 512;
	}

}
