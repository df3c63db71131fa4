package uk.policenewsroom.site;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SiteProperties.class, PublisherProperties.class, PageCacheProperties.class })
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Public pages may be cached briefly by browsers and shared caches; nothing else may.
	 */
	static final String[] PUBLIC_PAGES = { "/", "/news", "/news/*", "/operations", "/operations/*", "/operations.csv",
			"/operations.json", "/results", "/staying-safe-online", "/search", "/areas/*" };

	static final String[] STATIC_FOLDERS = { "css", "js", "images" };

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Security headers on every response, Tomcat's own error answers included. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> securityHeadersOnEveryResponse() {
		return (factory) -> factory.addEngineValves(new SecurityHeaders.Valve());
	}

	/** First of all filters, so a session that cannot be loaded is a 503 too. */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
		var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<FormSizeLimitFilter> formSizeLimitFilter(SiteProperties site) {
		var registration = new FilterRegistrationBean<>(new FormSizeLimitFilter(site.maxFormSize().toBytes(),
				site.maxUploadSize().toBytes(), site.uploadPaths()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/**
	 * ETags on pages that may be cached, so a browser revalidating gets a 304 when
	 * nothing changed.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/", "/news", "/news/*", "/operations", "/operations/*", "/operations.csv",
				"/operations.json", "/results", "/news.atom", "/staying-safe-online", "/search", "/areas/*",
				"/sitemap.xml");
		return registration;
	}

	/**
	 * Public pages kept once rendered, for anonymous readers: just before Spring
	 * Security, so a kept page is sent without running it (its headers were kept with the
	 * page), and before the ETag filter, which it stands in for on the pages it keeps.
	 */
	@Bean
	@ConditionalOnProperty(name = "newsroom.page-cache.enabled", matchIfMissing = true)
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, ContentVersion version, Clock clock) {
		var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, version, clock));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	/**
	 * Static files only under /css, /js and /images, with a content hash in their URL. No
	 * handler for /**: every other link in a template would otherwise be looked for on
	 * the class path first (docs/performance.md).
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl aYear = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();
		for (String folder : STATIC_FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(aYear)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		// The quick exit's blank hop page (static/leaving.html): it shows nothing, so it
		// is
		// outside the layout, and it keeps its address, which quick-exit.js names.
		registry.addResourceHandler("/leaving.html")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
	}

	/** Rewrites links to static files in templates to their hashed URLs. */
	@Bean
	ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
		return new ResourceUrlEncodingFilter();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PageNumberResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor caching = new WebContentInterceptor();
		caching.setCacheControl(CacheControl.noStore());
		// Shared caches may keep a page for a minute; browsers check back each time (a
		// cheap
		// 304 with the ETag), so a withdrawn or corrected release is not shown from a
		// reader's cache.
		CacheControl publicPage = CacheControl.maxAge(Duration.ZERO).sMaxAge(Duration.ofMinutes(1)).cachePublic();
		for (String page : PUBLIC_PAGES) {
			caching.addCacheMapping(publicPage, page);
		}
		registry.addInterceptor(caching).excludePathPatterns("/css/**", "/js/**", "/images/**", "/favicon.ico");
	}

}
