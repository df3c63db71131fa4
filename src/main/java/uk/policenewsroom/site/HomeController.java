package uk.policenewsroom.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.policenewsroom.operations.OperationFinder;
import uk.policenewsroom.releases.ReleaseFinder;

@Controller
class HomeController {

	private final ReleaseFinder releases;

	private final OperationFinder operations;

	HomeController(ReleaseFinder releases, OperationFinder operations) {
		this.releases = releases;
		this.operations = operations;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("releases", this.releases.latest(6));
		model.addAttribute("operations", this.operations.latest(3));
		return "site/home";
	}

	@GetMapping("/staying-safe-online")
	String safety() {
		return "site/staying-safe-online";
	}

}
