package uk.policenewsroom.releases;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.releases.images.WithheldImages;

/**
 * The lead image of a release removed for legal reasons is no longer served to anyone, at
 * any of its addresses.
 */
@Component
@Transactional(readOnly = true)
class RemovedReleaseImages implements WithheldImages {

	private final Releases releases;

	RemovedReleaseImages(Releases releases) {
		this.releases = releases;
	}

	@Override
	public boolean isWithheld(long imageId) {
		return this.releases.isImageOfRemovedRelease(imageId);
	}

}
