package uk.policenewsroom.site;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses an oversized request body with a clear 413 page before anything reads it.
 * Upload addresses have a larger limit of their own. Without this, the container would
 * quietly drop the parameters of a large form and the visitor would see a puzzling
 * "forbidden" from the CSRF check instead.
 */
class FormSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final long maxUploadBytes;

	private final List<PathPattern> uploads;

	FormSizeLimitFilter(long maxBytes, long maxUploadBytes, List<String> uploadPaths) {
		this.maxBytes = maxBytes;
		this.maxUploadBytes = maxUploadBytes;
		this.uploads = uploadPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limitFor(request)) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private long limitFor(HttpServletRequest request) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return this.uploads.stream().anyMatch((pattern) -> pattern.matches(path)) ? this.maxUploadBytes : this.maxBytes;
	}

}
