package uk.policenewsroom.feedback;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class FeedbackController {

	private static final Logger log = LoggerFactory.getLogger(FeedbackController.class);

	private final FeedbackItems feedback;

	private final ClientHasher hasher;

	private final Clock clock;

	FeedbackController(FeedbackItems feedback, ClientHasher hasher, Clock clock) {
		this.feedback = feedback;
		this.hasher = hasher;
		this.clock = clock;
	}

	@ModelAttribute("ratings")
	Rating[] ratings() {
		return Rating.values();
	}

	@GetMapping("/feedback")
	String form(@RequestParam(required = false) String from, Model model) {
		FeedbackForm form = new FeedbackForm();
		form.setFrom(PagePaths.clean(from));
		model.addAttribute("feedbackForm", form);
		return "feedback/form";
	}

	@PostMapping("/feedback")
	String send(@Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult result,
			HttpServletRequest request) {
		if (form.isFromABot()) {
			log.info("Dropped feedback that filled in the honeypot field");
			return "redirect:/feedback/thank-you";
		}
		if (!form.saysSomething()) {
			result.rejectValue("doing", "feedback.empty",
					"Tell us what you were doing or what could be better, or both");
		}
		if (result.hasErrors()) {
			return "feedback/form";
		}
		this.feedback.save(new Feedback(form.getDoing(), form.getImprove(), form.getRating(), form.getEmail(),
				PagePaths.clean(form.getFrom()), this.hasher.hash(request.getRemoteAddr()), this.clock));
		return "redirect:/feedback/thank-you";
	}

	@GetMapping("/feedback/thank-you")
	String thanks() {
		return "feedback/thank-you";
	}

}
