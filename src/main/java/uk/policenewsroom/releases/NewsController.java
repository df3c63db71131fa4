package uk.policenewsroom.releases;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uk.policenewsroom.site.Slugs;

@Controller
class NewsController {

	private final ReleaseFinder finder;

	NewsController(ReleaseFinder finder) {
		this.finder = finder;
	}

	@GetMapping("/news")
	String list(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String category,
			@RequestParam(required = false) String area, Model model) {
		String categoryFilter = filter(category);
		String areaFilter = filter(area);
		model.addAttribute("news",
				this.finder.news(page, categoryFilter, areaFilter).orElseThrow(NewsController::notFound));
		model.addAttribute("categories", this.finder.categories());
		model.addAttribute("category", categoryFilter);
		model.addAttribute("area", areaFilter);
		return "releases/list";
	}

	@GetMapping("/news/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("release", this.finder.published(slug).orElseThrow(NewsController::notFound));
		return "releases/show";
	}

	private static String filter(String slug) {
		if (slug == null || slug.isBlank()) {
			return null;
		}
		if (!Slugs.isValid(slug)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a category or area");
		}
		return slug;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
