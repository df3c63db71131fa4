package uk.policenewsroom.site;

/**
 * Something a public page shows has changed, here or on another instance: whatever was
 * derived from public content (rendered pages, counts) must be derived again.
 *
 * @param generation the new value of {@link ContentVersion#generation()}
 */
public record PublicContentChanged(long generation) {

}
