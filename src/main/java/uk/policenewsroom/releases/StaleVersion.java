package uk.policenewsroom.releases;

/**
 * The officer decided on, or edited, a version of the release that is no longer the
 * current one: somebody saved, or the workflow moved, since they opened it. Nothing is
 * changed; the page shows what changed in between.
 */
public class StaleVersion extends RuntimeException {

	private final long releaseId;

	private final Integer seenRevision;

	StaleVersion(long releaseId, Integer seenRevision) {
		super("The release was changed after you opened it");
		this.releaseId = releaseId;
		this.seenRevision = seenRevision;
	}

	public long releaseId() {
		return this.releaseId;
	}

	/** The revision the officer saw, if the form said. */
	public Integer seenRevision() {
		return this.seenRevision;
	}

}
