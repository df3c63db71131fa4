package uk.policenewsroom.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on every page, error pages included, where no controller model is
 * to be relied on. Templates see it as {@code chrome} (see {@link ChromeAdvice}).
 */
@Component
public class Chrome {

	private final SiteProperties site;

	Chrome(SiteProperties site) {
		this.site = site;
	}

	public String siteName() {
		return this.site.name();
	}

	/** The feed a page offers when its controller names none. */
	public FeedLink latestFeed() {
		return FeedLink.LATEST;
	}

	public String quickExitUrl() {
		return this.site.quickExitUrl().toString();
	}

	/** The beta banner's link: the feedback form, told which page the visitor was on. */
	public String feedbackHref() {
		String path = currentPath();
		if (path == null || path.startsWith("/feedback")) {
			return "/feedback";
		}
		return UriComponentsBuilder.fromPath("/feedback").queryParam("from", path).encode().build().toUriString();
	}

	/** The path the visitor asked for; on an error page, the one that failed. */
	public String currentPath() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (failed instanceof String failedUri) ? failedUri : request.getRequestURI();
		String context = request.getContextPath();
		return (context != null && !context.isEmpty() && uri.startsWith(context)) ? uri.substring(context.length())
				: uri;
	}

	public boolean isCurrent(String section) {
		String path = currentPath();
		return path != null && (path.equals(section) || path.startsWith(section + "/"));
	}

}
