package uk.policenewsroom.operations;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public operation pages: only what is published (see
 * {@link OperationStatus#isPubliclyVisible()}). An operation an editor has hidden answers
 * 410 Gone with a short notice and none of its results; one never published is not found.
 */
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
	String show(@PathVariable String slug, Model model, HttpServletResponse response) {
		var page = this.finder.page(slug);
		if (page.isPresent()) {
			model.addAttribute("operation", page.get());
			return "operations/show";
		}
		if (this.finder.isHidden(slug)) {
			response.setStatus(HttpStatus.GONE.value());
			return "operations/gone";
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such operation");
	}

}
