package uk.policenewsroom.operations;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import uk.policenewsroom.areas.AreaContent;
import uk.policenewsroom.areas.AreaView;

/** The results of the latest operations in an area. */
@Component
class OperationsForArea implements AreaContent {

	static final int LATEST = 5;

	private final OperationFinder finder;

	OperationsForArea(OperationFinder finder) {
		this.finder = finder;
	}

	@Override
	public void addTo(AreaView area, Model model) {
		model.addAttribute("operations", this.finder.latestIn(area.slug(), LATEST));
	}

}
