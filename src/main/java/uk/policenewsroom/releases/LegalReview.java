package uk.policenewsroom.releases;

import java.util.Set;

/**
 * What an editor brings to a decision about the law: whether the release is linked to an
 * operation in which people were charged (only the operations know), and the warnings
 * they acknowledged.
 */
public record LegalReview(boolean linkedToCharge, Set<LegalRule> acknowledged) {

	public LegalReview {
		acknowledged = Set.copyOf(acknowledged);
	}

	/** Nothing acknowledged, and no charge linked. */
	public static LegalReview none() {
		return new LegalReview(false, Set.of());
	}

}
