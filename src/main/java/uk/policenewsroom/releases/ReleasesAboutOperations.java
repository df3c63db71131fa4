package uk.policenewsroom.releases;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.operations.OperationReleases;
import uk.policenewsroom.site.LondonTime;

/**
 * Gives the operation pages the releases published about an operation.
 */
@Component
@Transactional(readOnly = true)
class ReleasesAboutOperations implements OperationReleases {

	private final Releases releases;

	private final Clock clock;

	ReleasesAboutOperations(Releases releases, Clock clock) {
		this.releases = releases;
		this.clock = clock;
	}

	@Override
	public List<ReleaseLink> publishedAbout(long operationId) {
		return this.releases.findPublishedAbout(operationId, this.clock.instant())
			.stream()
			.map((release) -> new ReleaseLink(release.getSlug(), release.getTitle(),
					LondonTime.of(release.getPublishedAt())))
			.toList();
	}

}
