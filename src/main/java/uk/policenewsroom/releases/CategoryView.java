package uk.policenewsroom.releases;

public record CategoryView(String slug, String name) {

}
