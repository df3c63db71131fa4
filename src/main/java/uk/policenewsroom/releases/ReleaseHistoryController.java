package uk.policenewsroom.releases;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uk.policenewsroom.accounts.PressOfficer;

/**
 * A release's history in the press office: its revisions, workflow steps and legal
 * acknowledgements in time order, and comparisons between revisions.
 */
@Controller
class ReleaseHistoryController {

	private final PressOfficeFinder finder;

	ReleaseHistoryController(PressOfficeFinder finder) {
		this.finder = finder;
	}

	@GetMapping("/press-office/releases/{id}/history")
	String history(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, Model model) {
		model.addAttribute("release",
				this.finder.overview(id, Actor.of(officer)).orElseThrow(() -> new NoSuchRelease(id)));
		model.addAttribute("entries", this.finder.history(id));
		model.addAttribute("revisions", this.finder.revisionNumbers(id));
		return "releases/office/history";
	}

	@GetMapping("/press-office/releases/{id}/compare")
	String compare(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, @RequestParam int from,
			@RequestParam int to, Model model) {
		model.addAttribute("release",
				this.finder.overview(id, Actor.of(officer)).orElseThrow(() -> new NoSuchRelease(id)));
		ReleaseRevision older = revision(id, Math.min(from, to));
		ReleaseRevision newer = revision(id, Math.max(from, to));
		model.addAttribute("from", older.getNumber());
		model.addAttribute("to", newer.getNumber());
		model.addAttribute("diffs", this.finder.compare(older, newer));
		return "releases/office/compare";
	}

	private ReleaseRevision revision(long id, int number) {
		return this.finder.revision(id, number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
