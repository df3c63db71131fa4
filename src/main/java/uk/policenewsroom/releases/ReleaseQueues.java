package uk.policenewsroom.releases;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side for other features: who is behind a release, and how much work waits in each
 * queue of the workflow (for notifications and "waiting for me" counts).
 */
@Component
@Transactional(readOnly = true)
public class ReleaseQueues {

	private final EntityManager entities;

	ReleaseQueues(EntityManager entities) {
		this.entities = entities;
	}

	/** The title and the writer (author and submitter) of a release, if it exists. */
	public Optional<Writers> writersOf(long releaseId) {
		return Optional.ofNullable(this.entities.find(Release.class, releaseId))
			.map((release) -> new Writers(release.getTitle(), release.getAuthorId(), release.getSubmittedBy()));
	}

	/** Releases submitted and waiting for an editor's review. */
	public long awaitingReview() {
		return this.entities.createQuery("select count(r) from Release r where r.status = :status", Long.class)
			.setParameter("status", ReleaseStatus.SUBMITTED)
			.getSingleResult();
	}

	/** Releases published without review and waiting for another editor's approval. */
	public long awaitingApproval() {
		return this.entities
			.createQuery("select count(r) from Release r where r.unreviewedReason is not null", Long.class)
			.getSingleResult();
	}

	/** This officer's releases (written or submitted by them) that were sent back. */
	public long rejectedFor(long officerId) {
		return this.entities.createQuery("""
				select count(r) from Release r
				where r.status = :status and (r.authorId = :officer or r.submittedBy = :officer)""", Long.class)
			.setParameter("status", ReleaseStatus.REJECTED)
			.setParameter("officer", officerId)
			.getSingleResult();
	}

	/**
	 * @param title the release's title now
	 * @param authorId who created it, or null
	 * @param submittedBy who last submitted it, or null
	 */
	public record Writers(String title, Long authorId, Long submittedBy) {

	}

}
