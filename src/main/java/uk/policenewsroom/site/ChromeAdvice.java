package uk.policenewsroom.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@link Chrome} in the model of every page, error pages included (Boot's error
 * controller is a controller like any other), for the layout to use as {@code chrome}.
 */
@ControllerAdvice
class ChromeAdvice {

	private final Chrome chrome;

	ChromeAdvice(Chrome chrome) {
		this.chrome = chrome;
	}

	@ModelAttribute("chrome")
	Chrome chrome() {
		return this.chrome;
	}

}
