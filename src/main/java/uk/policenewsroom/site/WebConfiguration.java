package uk.policenewsroom.site;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SiteProperties.class, PublisherProperties.class })
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Public pages may be cached briefly by browsers and shared caches; nothing else may.
	 */
	static final String[] PUBLIC_PAGES = { "/", "/news", "/news/*", "/operations", "/operations/*", "/operations.csv",
			"/operations.json", "/results", "/staying-safe-online", "/search", "/areas/*" };

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
