package uk.policenewsroom.accounts;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

import uk.policenewsroom.site.SiteProperties;

/**
 * The session cookie. When the site is served over HTTPS ({@code newsroom.site.base-url}
 * starts with {@code https:}) it is {@code __Host-SESSION}: the browser then accepts it
 * only when Secure, for the whole site and with no Domain, so neither a sibling subdomain
 * nor a plain-HTTP page can plant or read one. Over plain HTTP (a developer's machine)
 * browsers refuse such a name, so it is {@code SESSION}.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

	static final String SECURE_NAME = "__Host-SESSION";

	static final String PLAIN_NAME = "SESSION";

	@Bean
	CookieSerializer cookieSerializer(SiteProperties site) {
		return serializerFor(site.baseUrl());
	}

	static DefaultCookieSerializer serializerFor(URI baseUrl) {
		boolean https = "https".equalsIgnoreCase(baseUrl.getScheme());
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName(https ? SECURE_NAME : PLAIN_NAME);
		serializer.setUseSecureCookie(https);
		serializer.setCookiePath("/");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		return serializer;
	}

}
