package uk.policenewsroom.releases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EmbargoLinks extends JpaRepository<EmbargoLink, Long> {

	Optional<EmbargoLink> findByTokenHash(String tokenHash);

	List<EmbargoLink> findByReleaseIdOrderByCreatedAtDescIdDesc(long releaseId);

	/**
	 * One more opening, counted in the database, so openings at the same moment are all
	 * counted.
	 */
	@Modifying
	@Query("update EmbargoLink l set l.openings = l.openings + 1, l.lastOpenedAt = :at where l.id = :id")
	int countOpening(long id, Instant at);

}
