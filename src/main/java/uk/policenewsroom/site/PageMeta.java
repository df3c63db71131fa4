package uk.policenewsroom.site;

/**
 * What a page tells search engines and sharing previews about itself: the layout writes
 * it as a canonical link, OpenGraph and Twitter card tags, and JSON-LD. Controllers put
 * it in the model as {@code meta}; every URL in it is absolute, built from
 * {@link SiteProperties#baseUrl()}.
 *
 * @param canonicalUrl the page's one address
 * @param title the headline
 * @param description the summary
 * @param type OpenGraph's type: {@code article} or {@code website}
 * @param imageUrl the lead image, or null
 * @param imageAlt its text alternative, or null
 * @param published when first published (ISO-8601), or null
 * @param modified when last changed for readers (ISO-8601), or null
 * @param jsonLd schema.org data as JSON, safe inside a {@code <script>} element (see
 * {@link #scriptSafe(String)}), or null
 */
public record PageMeta(String canonicalUrl, String title, String description, String type, String imageUrl,
		String imageAlt, String published, String modified, String jsonLd) {

	/**
	 * JSON made safe to sit inside {@code <script type="application/ld+json">}: every
	 * {@code <} is written as {@code \u003c}, which JSON reads as the same character, so
	 * no {@code </script>} or {@code <!--} can end or change the element.
	 */
	public static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
	}

	public String twitterCard() {
		return (this.imageUrl != null) ? "summary_large_image" : "summary";
	}

}
