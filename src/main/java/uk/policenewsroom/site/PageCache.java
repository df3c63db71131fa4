package uk.policenewsroom.site;

import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rendered public pages by normalised address, bounded in memory, dropped whole whenever
 * public content changes. Counted in Micrometer as {@code cache.gets} (hits and misses),
 * {@code cache.evictions} and {@code newsroom.page.cache.invalidations}.
 */
@Component
class PageCache {

	private final Cache<String, CachedPage> pages;

	private final ContentVersion version;

	private final AtomicLong invalidations = new AtomicLong();

	PageCache(PageCacheProperties properties, ContentVersion version, ObjectProvider<MeterRegistry> meters) {
		this.version = version;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, CachedPage page) -> page.weight(key))
			.recordStats()
			.build();
		meters.ifAvailable((registry) -> {
			CaffeineCacheMetrics.monitor(registry, this.pages, "pages");
			FunctionCounter.builder("newsroom.page.cache.invalidations", this.invalidations, AtomicLong::doubleValue)
				.description("Times every kept page was dropped because public content changed")
				.register(registry);
		});
	}

	/** A kept page, unless public content has changed since it was rendered. */
	CachedPage get(String key) {
		CachedPage page = this.pages.getIfPresent(key);
		if (page == null || page.generation() != this.version.generation()) {
			return null;
		}
		return page;
	}

	/** Keeps a page, unless public content changed while it was being rendered. */
	void put(String key, CachedPage page) {
		if (page.generation() == this.version.generation()) {
			this.pages.put(key, page);
		}
	}

	@EventListener
	void changed(PublicContentChanged event) {
		this.invalidations.incrementAndGet();
		this.pages.invalidateAll();
	}

	long size() {
		return this.pages.estimatedSize();
	}

}
