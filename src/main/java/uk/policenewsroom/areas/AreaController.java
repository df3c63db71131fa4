package uk.policenewsroom.areas;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import uk.policenewsroom.site.Slugs;

/** One town's or district's page: its latest news, appeals and operation results. */
@Controller
class AreaController {

	private final Areas areas;

	private final List<AreaContent> contents;

	AreaController(Areas areas, List<AreaContent> contents) {
		this.areas = areas;
		this.contents = contents;
	}

	@GetMapping("/areas/{slug}")
	String show(@PathVariable String slug, Model model) {
		if (!Slugs.isValid(slug)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		AreaView area = this.areas.findBySlug(slug)
			.map(Area::toView)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("area", area);
		this.contents.forEach((content) -> content.addTo(area, model));
		return "areas/show";
	}

}
