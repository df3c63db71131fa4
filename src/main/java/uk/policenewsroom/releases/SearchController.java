package uk.policenewsroom.releases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public search, {@code /search?q=...}: every search is an address that can be
 * bookmarked. Mistakes get the form again with a message, never an error page.
 */
@Controller
class SearchController {

	private final ReleaseSearch search;

	private final ReleaseFinder finder;

	SearchController(ReleaseSearch search, ReleaseFinder finder) {
		this.search = search;
		this.finder = finder;
	}

	@GetMapping("/search")
	String search(@Valid @ModelAttribute("search") SearchForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		var categories = this.finder.categories();
		var areas = this.finder.areaChoices();
		model.addAttribute("categories", categories);
		model.addAttribute("areas", areas);
		String category = SearchForm.blankToNull(form.getCategory());
		String area = SearchForm.blankToNull(form.getArea());
		if (category != null && categories.stream().noneMatch((c) -> c.slug().equals(category))) {
			errors.rejectValue("category", "search.category", "Choose a category from the list");
		}
		if (area != null && areas.stream().noneMatch((a) -> a.slug().equals(area))) {
			errors.rejectValue("area", "search.area", "Choose an area from the list");
		}
		if (form.getFrom() != null && form.getTo() != null && form.getTo().isBefore(form.getFrom())) {
			errors.rejectValue("to", "search.dates", "The end date must be the same as or after the start date");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "releases/search";
		}
		if (!form.hasWords()) {
			model.addAttribute("problem", "empty");
			return "releases/search";
		}
		String words = form.words();
		if (!this.search.hasTerms(words)) {
			model.addAttribute("problem", "common-words");
			return "releases/search";
		}
		var page = this.search.search(words, category, area, form.getFrom(), form.getTo(), form.getPage())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("results", page);
		model.addAttribute("previousHref", page.hasPrevious() ? href(form, page.number() - 1) : null);
		model.addAttribute("nextHref", page.hasNext() ? href(form, page.number() + 1) : null);
		model.addAttribute("withoutFiltersHref", form.hasFilters() ? href(words, Map.of()) : null);
		return "releases/search";
	}

	/** The address of another page of the same search. */
	static String href(SearchForm form, int page) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("category", SearchForm.blankToNull(form.getCategory()));
		params.put("area", SearchForm.blankToNull(form.getArea()));
		params.put("from", (form.getFrom() != null) ? form.getFrom().toString() : null);
		params.put("to", (form.getTo() != null) ? form.getTo().toString() : null);
		params.put("page", (page > 1) ? String.valueOf(page) : null);
		return href(form.words(), params);
	}

	/**
	 * {@code /search} with the words and the given parameters, form-encoded so that
	 * {@code +}, {@code &} and quotes in the words survive.
	 */
	static String href(String words, Map<String, String> params) {
		StringJoiner query = new StringJoiner("&", "/search?", "");
		query.add("q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
		params.forEach((name, value) -> {
			if (value != null) {
				query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return query.toString();
	}

}
