package uk.policenewsroom.releases;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.operations.Operations;
import uk.policenewsroom.operations.TallyKind;
import uk.policenewsroom.releases.LegalRisks.LegalWarning;

/**
 * Runs {@link LegalRisks} on a release with what only the operations know: whether the
 * operation it reports on charged anyone.
 */
@Component
@Transactional(readOnly = true)
class LegalChecks {

	private final Operations operations;

	LegalChecks(Operations operations) {
		this.operations = operations;
	}

	List<LegalWarning> warnings(Release release) {
		return release.legalWarnings(linkedToCharge(release));
	}

	LegalReview review(Release release, Set<LegalRule> acknowledged) {
		return new LegalReview(linkedToCharge(release), acknowledged);
	}

	boolean linkedToCharge(Release release) {
		if (release.getOperationId() == null) {
			return false;
		}
		return this.operations.findById(release.getOperationId())
			.map((operation) -> operation.tally()
				.lines()
				.stream()
				.anyMatch((line) -> line.kind() == TallyKind.CHARGED && line.quantity().compareTo(BigDecimal.ZERO) > 0))
			.orElse(false);
	}

}
