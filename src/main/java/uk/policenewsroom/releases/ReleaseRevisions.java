package uk.policenewsroom.releases;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReleaseRevisions extends JpaRepository<ReleaseRevision, Long> {

	List<ReleaseRevision> findByReleaseIdOrderByNumberDesc(Long releaseId);

	Optional<ReleaseRevision> findByReleaseIdAndNumber(Long releaseId, int number);

	Optional<ReleaseRevision> findFirstByReleaseIdOrderByNumberDesc(Long releaseId);

}
