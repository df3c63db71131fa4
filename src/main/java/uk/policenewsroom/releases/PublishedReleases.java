package uk.policenewsroom.releases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The public news list, one statement per combination of filters, so that PostgreSQL
 * plans each for what it is: a {@code (:category is null or ...)} condition in a prepared
 * statement gets a generic plan that scans every release.
 */
public interface PublishedReleases {

	/**
	 * Published by {@code now}, newest first, optionally in one category and one area
	 * (null for any); category and areas come with them.
	 */
	List<Release> findPublishedPage(Instant now, String category, String area, int offset, int limit);

	long countPublished(Instant now, String category, String area);

	/**
	 * The first publication time after {@code now} among releases already marked
	 * published.
	 */
	Optional<Instant> findNextPublicationAfter(Instant now);

}
