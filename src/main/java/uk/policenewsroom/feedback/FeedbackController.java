package uk.policenewsroom.feedback;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.policenewsroom.accounts.SecurityEvents;
import uk.policenewsroom.site.DatabaseUnavailable;

@Controller
class FeedbackController {

	private static final Logger log = LoggerFactory.getLogger(FeedbackController.class);

	static final String THROTTLED = "You have sent a lot of feedback in a short time, so this was not sent."
			+ " Wait 10 minutes, then send it again: what you wrote is still here.";

	static final String NOT_SENT = "Sorry, your feedback has not been sent: our system did not answer in time."
			+ " What you wrote is still here. Try sending it again in a few minutes.";

	private final FeedbackItems feedback;

	private final ClientHasher hasher;

	private final Clock clock;

	private final FeedbackThrottle throttle;

	private final SecurityEvents events;

	FeedbackController(FeedbackItems feedback, ClientHasher hasher, FeedbackThrottle throttle, SecurityEvents events,
			Clock clock) {
		this.feedback = feedback;
		this.hasher = hasher;
		this.throttle = throttle;
		this.events = events;
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
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String client = this.hasher.hash(request.getRemoteAddr());
		if (form.isFromABot()) {
			this.throttle.allowsAnother(client);
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
		try {
			if (!this.throttle.allowsAnother(client)) {
				this.events.feedbackThrottled(request, client);
				result.rejectValue("doing", "feedback.throttled", THROTTLED);
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader("Retry-After", Long.toString(FeedbackThrottle.WINDOW.toSeconds()));
				return "feedback/form";
			}
			this.feedback.save(new Feedback(form.getDoing(), form.getImprove(), form.getRating(), form.getEmail(),
					PagePaths.clean(form.getFrom()), client, this.clock));
		}
		catch (RuntimeException ex) {
			if (!DatabaseUnavailable.isCauseOf(ex)) {
				throw ex;
			}
			log.warn("Feedback not saved, the database did not answer: {}", ex.getClass().getSimpleName());
			model.addAttribute("problem", NOT_SENT);
			DatabaseUnavailable.answer(response);
			return "feedback/form";
		}
		return "redirect:/feedback/thank-you";
	}

	@GetMapping("/feedback/thank-you")
	String thanks() {
		return "feedback/thank-you";
	}

}
