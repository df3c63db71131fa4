package uk.policenewsroom.operations;

import java.util.List;

import uk.policenewsroom.site.LondonTime;

/**
 * The published releases about an operation. Releases point at operations, not the other
 * way round, so the releases feature implements this for the operation pages.
 */
public interface OperationReleases {

	List<ReleaseLink> publishedAbout(long operationId);

	record ReleaseLink(String slug, String title, LondonTime.Shown published) {

	}

}
