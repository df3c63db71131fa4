package uk.policenewsroom.releases.images;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves lead images to everyone. The URL names the content by its hash, so a URL always
 * means the same bytes and may be cached for a year; any other hash is a 404, never the
 * current bytes under an old name. Mapped under {@code /images/lead/}, which takes
 * precedence over the static files in {@code static/images/}. The image of a release
 * removed for legal reasons answers 410 Gone.
 */
@Controller
class LeadImageController {

	/**
	 * A reader's browser may keep an image for a year (its address changes with its
	 * content), but a shared cache must ask again within a minute: an image whose release
	 * is removed for legal reasons must leave a proxy as soon as the page does.
	 */
	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365))
		.sMaxAge(Duration.ofMinutes(1))
		.cachePublic()
		.immutable();

	private final ImageStore store;

	private final WithheldImages withheld;

	LeadImageController(ImageStore store, WithheldImages withheld) {
		this.store = store;
		this.withheld = withheld;
	}

	@GetMapping(LeadImages.PATH + "{id:\\d{1,18}}-{hash:[0-9a-f]{64}}.{extension:jpg|png}")
	ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable String hash, @PathVariable String extension) {
		if (this.withheld.isWithheld(id)) {
			return ResponseEntity.status(HttpStatus.GONE).cacheControl(CacheControl.noStore()).build();
		}
		return this.store.load(id)
			.filter((loaded) -> loaded.image().sha256().equals(hash) && loaded.image().extension().equals(extension))
			.map((loaded) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(loaded.image().contentType()))
				.cacheControl(FOREVER)
				.eTag(hash)
				.body(loaded.bytes()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
