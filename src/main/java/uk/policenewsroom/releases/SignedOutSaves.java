package uk.policenewsroom.releases;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.WebDataBinder;

import uk.policenewsroom.accounts.SignedOutSubmissions;
import uk.policenewsroom.site.SiteProperties;

/**
 * A release saved after the officer's session ended. The post is refused (its CSRF token
 * belonged to the ended session), but its words are kept in a new session, bound to that
 * browser; after signing in, the editor shows them, with the version the officer started
 * from, to be saved explicitly: a conflict with a save made meanwhile is then found as
 * usual. Only a post from one of our own pages is kept (the browser's
 * {@code Sec-Fetch-Site}, or failing that {@code Origin}), so another site cannot put
 * words into an officer's editor; and nothing is ever saved without the officer seeing
 * the words and pressing Save.
 */
@Component
class SignedOutSaves implements SignedOutSubmissions {

	private static final Pattern SAVE = Pattern.compile("/press-office/releases/(\\d+)(/correct)?");

	private static final String ATTRIBUTE = "newsroom.signed-out-save.";

	/** The editor's fields; nothing else a post carries is kept. */
	private static final String[] FIELDS = { "title", "slug", "summary", "body", "category", "areas", "operationId",
			"version", "revision", "changeNote", "minor", "_minor" };

	private final String origin;

	SignedOutSaves(SiteProperties site) {
		URI base = site.baseUrl();
		this.origin = base.getScheme() + "://" + base.getRawAuthority();
	}

	@Override
	public boolean keep(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Matcher save = SAVE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!"POST".equals(request.getMethod()) || !save.matches() || !fromOurPages(request)) {
			return false;
		}
		long id = Long.parseLong(save.group(1));
		HashMap<String, String[]> words = new HashMap<>();
		for (String field : FIELDS) {
			String[] values = request.getParameterValues(field);
			if (values != null) {
				words.put(field, values.clone());
			}
		}
		request.getSession(true).setAttribute(ATTRIBUTE + id, words);
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location", request.getContextPath() + "/press-office/releases/" + id + "/edit?kept");
		return true;
	}

	private boolean fromOurPages(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return site.equals("same-origin");
		}
		return this.origin.equals(request.getHeader("Origin"));
	}

	/**
	 * The words this browser sent for the release before signing in, once: the editor
	 * shows them and they are forgotten.
	 */
	Optional<ReleaseForm> takeBack(HttpSession session, long id) {
		if (session == null || !(session.getAttribute(ATTRIBUTE + id) instanceof Map<?, ?> words)) {
			return Optional.empty();
		}
		session.removeAttribute(ATTRIBUTE + id);
		ReleaseForm form = new ReleaseForm();
		WebDataBinder binder = new WebDataBinder(form);
		binder.setAllowedFields(FIELDS);
		binder.setConversionService(DefaultConversionService.getSharedInstance());
		binder.bind(new MutablePropertyValues(words));
		return Optional.of(form);
	}

}
