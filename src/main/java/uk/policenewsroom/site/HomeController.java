package uk.policenewsroom.site;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final List<HomeContent> contents;

	HomeController(List<HomeContent> contents) {
		this.contents = contents;
	}

	@GetMapping("/")
	String home(Model model) {
		this.contents.forEach((content) -> content.addTo(model));
		model.addAttribute("feed", FeedLink.LATEST);
		return "site/home";
	}

	@GetMapping("/staying-safe-online")
	String safety() {
		return "site/staying-safe-online";
	}

}
