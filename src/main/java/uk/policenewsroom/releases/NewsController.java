package uk.policenewsroom.releases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import uk.policenewsroom.site.PageNumber;
import uk.policenewsroom.areas.AreaView;
import uk.policenewsroom.site.FeedLink;
import uk.policenewsroom.site.Slugs;

@Controller
class NewsController {

	private final ReleaseFinder finder;

	private final ReleaseSharing sharing;

	NewsController(ReleaseFinder finder, ReleaseSharing sharing) {
		this.finder = finder;
		this.sharing = sharing;
	}

	@GetMapping("/news")
	String list(PageNumber page, @RequestParam(required = false) String category,
			@RequestParam(required = false) String area, @RequestParam(required = false) String q, Model model) {
		String categoryFilter = filter(category);
		String areaFilter = filter(area);
		if (q != null) {
			// The news list has no words to search by: the search has, with the same
			// filters.
			Map<String, String> filters = new LinkedHashMap<>();
			filters.put("category", categoryFilter);
			filters.put("area", areaFilter);
			return "redirect:" + SearchController.href(q.strip(), filters);
		}
		model.addAttribute("news",
				this.finder.news(page.number(), categoryFilter, areaFilter).orElseThrow(NewsController::notFound));
		List<CategoryView> categories = this.finder.categories();
		model.addAttribute("categories", categories);
		model.addAttribute("category", categoryFilter);
		model.addAttribute("area", areaFilter);
		var areaView = (areaFilter != null) ? this.finder.area(areaFilter).orElse(null) : null;
		model.addAttribute("areaView", areaView);
		model.addAttribute("feed",
				FeedLink.news(categoryFilter, areaFilter, feedTitle(categories, categoryFilter, areaView)));
		return "releases/list";
	}

	@GetMapping("/news/{slug}")
	ModelAndView show(@PathVariable String slug) {
		var page = this.finder.published(slug);
		if (page.isPresent()) {
			ModelAndView view = new ModelAndView("releases/show", "release", page.get());
			view.addObject("meta", this.sharing.meta(page.get()));
			view.addObject("shareLinks", this.sharing.shareLinks(page.get()));
			return view;
		}
		var removed = this.finder.removed(slug);
		if (removed.isPresent()) {
			ModelAndView gone = new ModelAndView("releases/removed", "removed", removed.get());
			gone.setStatus(HttpStatus.GONE);
			return gone;
		}
		RedirectView moved = new RedirectView(
				"/news/" + this.finder.movedTo(slug).orElseThrow(NewsController::notFound), true);
		moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return new ModelAndView(moved);
	}

	private static String feedTitle(List<CategoryView> categories, String category, AreaView area) {
		Optional<CategoryView> named = categories.stream().filter((c) -> c.slug().equals(category)).findFirst();
		return NewsFeedController.title(named, Optional.ofNullable(area));
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
