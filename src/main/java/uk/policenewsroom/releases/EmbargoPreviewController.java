package uk.policenewsroom.releases;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.releases.EmbargoSharing.Opening;

/**
 * The public end of an embargo link: the release under embargo, with the time before
 * which it must not be published; after publication, the live page; after a removal for
 * legal reasons, the notice only; a cancelled or expired link, a page saying so. Never
 * kept by any cache ({@code Cache-Control: no-store}, as every page not listed as public
 * in {@code WebConfiguration}; the page cache keeps only the pages it lists) nor indexed.
 * Opening a link signed in to the press office is not counted.
 */
@Controller
class EmbargoPreviewController {

	private final EmbargoSharing sharing;

	EmbargoPreviewController(EmbargoSharing sharing) {
		this.sharing = sharing;
	}

	@GetMapping("/preview/{token}")
	ModelAndView open(@PathVariable String token, @AuthenticationPrincipal PressOfficer officer,
			HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		Opening opening = this.sharing.open(token, officer == null);
		if (opening instanceof Opening.Embargoed embargoed) {
			ModelAndView page = new ModelAndView("releases/show", "release", embargoed.release());
			page.addObject("embargo", embargoed);
			return page;
		}
		if (opening instanceof Opening.Live live) {
			return new ModelAndView(new RedirectView("/news/" + live.slug(), true));
		}
		if (opening instanceof Opening.Removed removed) {
			return gone(new ModelAndView("releases/removed", "removed", removed.notice()));
		}
		if (opening instanceof Opening.Ended ended) {
			return gone(new ModelAndView("releases/embargo-ended", "cancelled", ended.cancelled()));
		}
		ModelAndView missing = new ModelAndView("error", "status", 404);
		missing.setStatus(HttpStatus.NOT_FOUND);
		return missing;
	}

	private static ModelAndView gone(ModelAndView page) {
		page.setStatus(HttpStatus.GONE);
		return page;
	}

}
