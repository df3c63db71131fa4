package uk.policenewsroom.releases;

import java.time.Instant;

/**
 * Published, inside the transaction, every time a release's status-change row is written:
 * for features that must react (page caches, notifications). {@code to} is null when the
 * release was deleted; {@code actorId} is null when the scheduler acted.
 */
public record ReleaseStatusChanged(long releaseId, String slug, ReleaseStatus from, ReleaseStatus to, Long actorId,
		String comment, Instant instant) {

	public boolean deleted() {
		return this.to == null;
	}

}
