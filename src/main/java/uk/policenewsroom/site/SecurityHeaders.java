package uk.policenewsroom.site;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * The security headers every response carries, and the Tomcat valve that puts them on
 * every response, Tomcat's own error answers included (a TRACE refused with 405, a
 * malformed address refused with 400, a body too large) which never reach Spring
 * Security's header filter. Spring Security writes the same values for the responses it
 * sees; it leaves a header alone that is already set.
 */
public final class SecurityHeaders {

	public static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self'", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'");

	public static final String PERMISSIONS_POLICY = String.join(", ", "camera=()", "microphone=()", "geolocation=()",
			"payment=()", "usb=()");

	public static final String REFERRER_POLICY = "no-referrer";

	public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

	private SecurityHeaders() {
	}

	static void addTo(Response response, boolean secure) {
		if (response.isCommitted()) {
			return;
		}
		setIfAbsent(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
		setIfAbsent(response, "X-Frame-Options", "DENY");
		setIfAbsent(response, "X-Content-Type-Options", "nosniff");
		setIfAbsent(response, "Referrer-Policy", REFERRER_POLICY);
		setIfAbsent(response, "Permissions-Policy", PERMISSIONS_POLICY);
		if (secure) {
			setIfAbsent(response, "Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
	}

	private static void setIfAbsent(Response response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

	/**
	 * Sets the headers before the request goes in (so they survive an error that resets
	 * the body only), and again after it (in case something reset the headers too).
	 */
	static class Valve extends ValveBase {

		Valve() {
			super(true);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			addTo(response, request.isSecure());
			try {
				getNext().invoke(request, response);
			}
			finally {
				addTo(response, request.isSecure());
			}
		}

	}

}
