package uk.policenewsroom.operations;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import uk.policenewsroom.site.HomeContent;

/** The home page's latest operation results. */
@Component
class LatestResultsForHome implements HomeContent {

	private final OperationFinder finder;

	LatestResultsForHome(OperationFinder finder) {
		this.finder = finder;
	}

	@Override
	public void addTo(Model model) {
		model.addAttribute("operations", this.finder.latest(3));
	}

}
