package uk.policenewsroom.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The rendered-page cache (docs/performance.md).
 *
 * @param enabled whether public pages are kept once rendered; when off, every request
 * renders (the benchmark's "uncached" figures)
 * @param maxSize the most memory the kept pages (plain and compressed) may take
 * @param pollInterval how often an instance asks the database whether another instance
 * changed a public page
 */
@ConfigurationProperties("newsroom.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("32MB") DataSize maxSize,
		@DefaultValue("1s") Duration pollInterval) {

}
