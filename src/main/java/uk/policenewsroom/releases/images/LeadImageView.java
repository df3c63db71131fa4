package uk.policenewsroom.releases.images;

/**
 * A release's lead image as a page shows it; the size lets the browser keep its place
 * before the image arrives.
 *
 * @param url where it is served, with its content hash, so it can be cached for good
 * @param width the width in pixels
 * @param height the height in pixels
 */
public record LeadImageView(String url, int width, int height) {

}
