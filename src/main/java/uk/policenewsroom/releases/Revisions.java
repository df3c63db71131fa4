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
		return record(release, by, what, minor, false);
	}

	/** The revision an autosave leaves: marked, so the history tells it from a save. */
	@Transactional(propagation = Propagation.MANDATORY)
	ReleaseRevision recordAutosave(Release release, PressOfficer by) {
		return record(release, by, "Autosaved", false, true);
	}

	private ReleaseRevision record(Release release, PressOfficer by, String what, boolean minor, boolean autosave) {
		int number = release.getRevision();
		return this.revisions.save(new ReleaseRevision(release, number, (by != null) ? by.id() : null,
				(by != null) ? by.displayName() : "system", what, minor, autosave, this.clock.instant()));
	}

}
