package uk.policenewsroom.site;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves public pages to anonymous readers from {@link PageCache}: a page is rendered
 * once per change of public content, then sent as kept bytes (compressed when the reader
 * accepts gzip), and a conditional GET is answered 304 without rendering.
 * <p>
 * It runs just before Spring Security, so a kept page is sent without running the
 * security filters: the headers they wrote when the page was rendered are kept with it
 * (HTTP and HTTPS are kept apart, as only HTTPS responses carry HSTS). Only requests
 * without a session cookie and without credentials are considered: everyone signed in to
 * the press office has a session cookie. A page is kept only when it is a 200 that says
 * {@code Cache-Control: public}, sets no cookie and holds no CSRF field. Press-office
 * pages, previews and forms are never among {@link #PAGES}.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** The addresses whose pages may be kept. */
	static final List<String> PAGES = List.of("/", "/news", "/news/{slug}", "/news.atom", "/operations",
			"/operations/{slug}", "/operations.csv", "/operations.json", "/results", "/areas/{slug}",
			"/staying-safe-online", "/sitemap.xml", "/sitemap-pages.xml", "/sitemap-releases-{number}.xml");

	private static final int MAX_KEY_LENGTH = 1024;

	private static final String SESSION_COOKIE = "SESSION";

	private final List<PathPattern> pages = PAGES.stream().map(PathPatternParser.defaultInstance::parse).toList();

	private final PageCache cache;

	private final ContentVersion version;

	private final Clock clock;

	PageCacheFilter(PageCache cache, ContentVersion version, Clock clock) {
		this.cache = cache;
		this.version = version;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = anonymousPublicPage(request) ? key(request) : null;
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		ShallowEtagHeaderFilter.disableContentCaching(request);
		CachedPage kept = this.cache.get(key);
		if (kept != null) {
			replayHeaders(request, response, kept);
			send(request, response, kept);
			return;
		}
		long generation = this.version.generation();
		Recording recording = new Recording(response);
		chain.doFilter(request, recording);
		if (recording.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()) {
			recording.copyBodyToResponse();
			return;
		}
		CachedPage rendered = CachedPage.of(recording.getContentAsByteArray(), recording.getContentType(),
				recording.localeSet, headers(recording), this.clock.instant(), generation);
		if (mayKeep(recording, rendered)) {
			this.cache.put(key, rendered);
		}
		send(request, response, rendered);
	}

	private boolean anonymousPublicPage(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return false;
		}
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		if (this.pages.stream().noneMatch((page) -> page.matches(path))) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (SESSION_COOKIE.equals(cookie.getName())) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * The scheme, the path and the query's parameters sorted by name, blank ones left
	 * out: the same key for every way of writing the same request. Null when too long to
	 * be worth keeping.
	 */
	static String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(request.isSecure() ? "https:" : "http:").append(request.getRequestURI());
		char separator = '?';
		for (Map.Entry<String, String[]> parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
			for (String value : parameter.getValue()) {
				if (StringUtils.hasText(value)) {
					key.append(separator)
						.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
						.append('=')
						.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
					separator = '&';
				}
			}
		}
		return (key.length() <= MAX_KEY_LENGTH) ? key.toString() : null;
	}

	private static boolean mayKeep(Recording recording, CachedPage page) {
		String cacheControl = recording.getHeader(HttpHeaders.CACHE_CONTROL);
		return cacheControl != null && cacheControl.contains("public") && !cacheControl.contains("private")
				&& !cacheControl.contains("no-store") && recording.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
				&& !new String(page.body(), StandardCharsets.UTF_8).contains("name=\"_csrf\"");
	}

	private static List<Map.Entry<String, List<String>>> headers(Recording recording) {
		List<Map.Entry<String, List<String>>> headers = new ArrayList<>();
		for (String name : recording.getHeaderNames()) {
			if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
					&& !name.equalsIgnoreCase(HttpHeaders.CONTENT_LANGUAGE)) {
				headers.add(Map.entry(name, List.copyOf(recording.getHeaders(name))));
			}
		}
		return headers;
	}

	private static void replayHeaders(HttpServletRequest request, HttpServletResponse response, CachedPage page) {
		if (page.localeSet()) {
			// As the DispatcherServlet does: Content-Language follows the reader's
			// Accept-Language, while the page itself does not depend on it.
			response.setLocale(request.getLocale());
		}
		if (page.contentType() != null) {
			response.setContentType(page.contentType());
		}
		for (Map.Entry<String, List<String>> header : page.headers()) {
			boolean first = true;
			for (String value : header.getValue()) {
				if (first) {
					response.setHeader(header.getKey(), value);
					first = false;
				}
				else {
					response.addHeader(header.getKey(), value);
				}
			}
		}
	}

	private static void send(HttpServletRequest request, HttpServletResponse response, CachedPage page)
			throws IOException {
		boolean gzip = acceptsGzip(request);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (new ServletWebRequest(request, response).checkNotModified(gzip ? page.gzipEtag() : page.etag(),
				page.lastModified().toEpochMilli())) {
			return;
		}
		byte[] bytes = gzip ? page.gzip() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/** Accept-Encoding names gzip (or any coding) without refusing it with q=0. */
	static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted == null) {
			return false;
		}
		for (String coding : accepted.toLowerCase(Locale.ROOT).split(",")) {
			String[] parts = coding.trim().split(";");
			String name = parts[0].trim();
			if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
				for (int i = 1; i < parts.length; i++) {
					String parameter = parts[i].replace(" ", "");
					if (parameter.matches("q=0(\\.0{0,3})?")) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

	/** Keeps the body back, and notes whether rendering set the locale. */
	private static final class Recording extends ContentCachingResponseWrapper {

		private boolean localeSet;

		Recording(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			this.localeSet = true;
			super.setLocale(locale);
		}

	}

}
