package uk.policenewsroom.releases;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import uk.policenewsroom.site.HomeContent;

/** The home page's latest news. */
@Component
class LatestNewsForHome implements HomeContent {

	private final ReleaseFinder finder;

	LatestNewsForHome(ReleaseFinder finder) {
		this.finder = finder;
	}

	@Override
	public void addTo(Model model) {
		model.addAttribute("releases", this.finder.latest(6));
	}

}
