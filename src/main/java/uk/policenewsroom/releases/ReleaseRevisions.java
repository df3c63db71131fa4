package uk.policenewsroom.releases;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReleaseRevisions extends JpaRepository<ReleaseRevision, Long> {

	List<ReleaseRevision> findByReleaseIdOrderByNumberDesc(Long releaseId);

	Optional<ReleaseRevision> findByReleaseIdAndNumber(Long releaseId, int number);

	Optional<ReleaseRevision> findFirstByReleaseIdOrderByNumberDesc(Long releaseId);

	@Query("select coalesce(max(r.number), 0) from ReleaseRevision r where r.releaseId = :releaseId")
	int lastNumber(Long releaseId);

}
