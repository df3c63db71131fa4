package uk.policenewsroom.site;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the public site.
 *
 * @param name the site's name, in the header and page titles
 * @param quickExitUrl where "Leave this site" and the Escape key go: a neutral site
 * @param maxFormSize the largest form body accepted; larger ones get a 413 page
 * @param maxUploadSize the largest body accepted at an upload address
 * @param uploadPaths the addresses (path patterns) that take file uploads
 * @param baseUrl the site's canonical address (scheme, host and port, no trailing slash),
 * used for every absolute link, feed, sitemap and redirect instead of the request's Host
 * header
 */
@ConfigurationProperties("newsroom.site")
public record SiteProperties(String name, URI quickExitUrl, DataSize maxFormSize, DataSize maxUploadSize,
		List<String> uploadPaths, URI baseUrl) {

	public SiteProperties {
		if (name == null || name.isBlank()) {
			name = "Police Newsroom";
		}
		if (quickExitUrl == null) {
			quickExitUrl = URI.create("https://www.bbc.co.uk/weather");
		}
		if (maxFormSize == null) {
			maxFormSize = DataSize.ofKilobytes(64);
		}
		if (maxUploadSize == null) {
			maxUploadSize = DataSize.ofMegabytes(11);
		}
		uploadPaths = (uploadPaths != null) ? List.copyOf(uploadPaths) : List.of();
		if (baseUrl == null) {
			baseUrl = URI.create("http://localhost:8080");
		}
		String base = baseUrl.toString();
		if (base.endsWith("/")) {
			baseUrl = URI.create(base.substring(0, base.length() - 1));
		}
	}

}
