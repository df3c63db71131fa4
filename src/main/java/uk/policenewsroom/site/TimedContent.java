package uk.policenewsroom.site;

import java.time.Instant;
import java.util.Optional;

/**
 * Public content that changes with time alone, without a write to the database: a release
 * recorded as published at a time still to come appears when that time comes.
 */
public interface TimedContent {

	/** The next moment after {@code now} at which a public page changes by itself. */
	Optional<Instant> nextChangeAfter(Instant now);

}
