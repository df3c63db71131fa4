package uk.policenewsroom.releases;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import uk.policenewsroom.accounts.PressOfficer;

/**
 * The release's page in the press office shown again after one of its forms came back
 * with mistakes: the forms in the model, with their errors, are shown next to their
 * fields and summarised at the top ({@code releases/office/show.html}).
 */
@Component
class ReviewPage {

	static final String VIEW = "releases/office/show";

	private final PressOfficeFinder finder;

	ReviewPage(PressOfficeFinder finder) {
		this.finder = finder;
	}

	String again(PressOfficer officer, long id, Model model) {
		model.addAttribute("release",
				this.finder.overview(id, Actor.of(officer)).orElseThrow(() -> new NoSuchRelease(id)));
		model.addAttribute("reasons", TakeDownReason.values());
		model.addAttribute("invalid", true);
		return VIEW;
	}

}
