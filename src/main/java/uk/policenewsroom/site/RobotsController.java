package uk.policenewsroom.site;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code robots.txt}: the press office, previews, forms and search results stay out of
 * search engines, and the sitemap is named by its absolute address, which robots.txt
 * requires, built from the configured base URL.
 */
@Controller
class RobotsController {

	private final SiteProperties site;

	RobotsController(SiteProperties site) {
		this.site = site;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String body = """
				User-agent: *
				Disallow: /press-office
				Disallow: /login
				Disallow: /preview/
				Disallow: /feedback
				Disallow: /search

				Sitemap: %s/sitemap.xml
				""".formatted(this.site.baseUrl());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(body);
	}

}
