package uk.policenewsroom.areas;

/**
 * What a page shows of an area.
 */
public record AreaView(String slug, String name) {

}
