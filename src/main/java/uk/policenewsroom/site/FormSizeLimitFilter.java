package uk.policenewsroom.site;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

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
 * One limit on every request body, whatever its address and encoding, checked before
 * anything reads it, and refused with a clear 413 page. Upload addresses have a larger
 * limit of their own.
 * <ul>
 * <li>A declared length over the limit is refused at once.</li>
 * <li>A chunked body (no declared length) is read up to the limit: over it, 413; within
 * it, 411, since no browser sends a form that way and Tomcat's own form and multipart
 * parsing, which reads the body directly, could not then be bounded.</li>
 * <li>A multipart body is parsed here, so a part over Tomcat's field limit is a 413 and a
 * broken body a 400, never a 500 later or a puzzling 403 from the CSRF check.</li>
 * </ul>
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
		long limit = limitFor(request);
		if (request.getContentLengthLong() > limit) {
			refuse(response, HttpStatus.CONTENT_TOO_LARGE);
			return;
		}
		if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
			refuse(response,
					(bodyIsLongerThan(request, limit)) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.LENGTH_REQUIRED);
			return;
		}
		if (isMultipart(request)) {
			HttpStatus problem = multipartProblem(request);
			if (problem != null) {
				refuse(response, problem);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private long limitFor(HttpServletRequest request) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return this.uploads.stream().anyMatch((pattern) -> pattern.matches(path)) ? this.maxUploadBytes : this.maxBytes;
	}

	private static boolean bodyIsLongerThan(HttpServletRequest request, long limit) throws IOException {
		InputStream body = request.getInputStream();
		byte[] buffer = new byte[8192];
		long total = 0;
		for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
			total += read;
			if (total > limit) {
				return true;
			}
		}
		return false;
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	/** Parses the parts now; Tomcat refuses a part over its limits with IllegalState. */
	private static HttpStatus multipartProblem(HttpServletRequest request) {
		try {
			request.getParts();
			return null;
		}
		catch (IllegalStateException ex) {
			return HttpStatus.CONTENT_TOO_LARGE;
		}
		catch (IOException | ServletException ex) {
			return HttpStatus.BAD_REQUEST;
		}
	}

	private static void refuse(HttpServletResponse response, HttpStatus status) throws IOException {
		// What is left of the body is not worth reading: end the connection after the
		// answer.
		response.setHeader("Connection", "close");
		response.sendError(status.value());
	}

}
