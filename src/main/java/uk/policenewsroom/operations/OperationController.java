package uk.policenewsroom.operations;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class OperationController {

	private static final int LIST_SIZE = 50;

	private final OperationFinder finder;

	OperationController(OperationFinder finder) {
		this.finder = finder;
	}

	@GetMapping("/operations")
	String list(Model model) {
		model.addAttribute("operations", this.finder.latest(LIST_SIZE));
		return "operations/list";
	}

	@GetMapping("/operations/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("operation", this.finder.page(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such operation")));
		return "operations/show";
	}

}
