package uk.policenewsroom.accounts;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After signing in, back to the press-office page that asked for it, or the dashboard,
 * with a relative redirect. The saved request's own URL was built from the Host header,
 * so only its path and query are kept.
 */
class SavedPathSuccessHandler implements AuthenticationSuccessHandler {

	private final RequestCache requestCache;

	SavedPathSuccessHandler(RequestCache requestCache) {
		this.requestCache = requestCache;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		String target = "/press-office";
		SavedRequest saved = this.requestCache.getRequest(request, response);
		if (saved != null) {
			URI uri = URI.create(saved.getRedirectUrl());
			if (uri.getRawPath() != null && uri.getRawPath().startsWith(request.getContextPath() + "/press-office")) {
				target = uri.getRawPath().substring(request.getContextPath().length())
						+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
			}
			this.requestCache.removeRequest(request, response);
		}
		response.sendRedirect(request.getContextPath() + target);
	}

}
