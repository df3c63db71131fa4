package uk.policenewsroom.releases;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.accounts.PressOfficer;

/**
 * Writes the immutable revision that every save of a release leaves behind, numbered as
 * the release counts its revisions.
 */
@Component
class Revisions {

	private final ReleaseRevisions revisions;

	private final Clock clock;

	Revisions(ReleaseRevisions revisions, Clock clock) {
		this.revisions = revisions;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	ReleaseRevision record(Release release, PressOfficer by, String what, boolean minor) {
		int number = release.getRevision();
		return this.revisions.save(new ReleaseRevision(release, number, (by != null) ? by.id() : null,
				(by != null) ? by.displayName() : "system", what, minor, this.clock.instant()));
	}

}
