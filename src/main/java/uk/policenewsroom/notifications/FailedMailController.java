package uk.policenewsroom.notifications;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.policenewsroom.accounts.PressOfficer;

/**
 * Admins see the emails that could not be sent and send them again (admins only, by URL,
 * in the security configuration).
 */
@Controller
@RequestMapping("/press-office/notifications")
class FailedMailController {

	private final FailedMail failed;

	FailedMailController(FailedMail failed) {
		this.failed = failed;
	}

	@GetMapping("/failed")
	String list(Model model) {
		model.addAttribute("failed", this.failed.list());
		return "notifications/failed";
	}

	@PostMapping("/failed/{id}/retry")
	String retry(@AuthenticationPrincipal PressOfficer admin, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", this.failed.retry(admin, id) ? "The email will be sent again shortly"
				: "That email is no longer waiting to be sent again");
		return "redirect:/press-office/notifications/failed";
	}

	@PostMapping("/failed/retry")
	String retryAll(@AuthenticationPrincipal PressOfficer admin, RedirectAttributes redirect) {
		int count = this.failed.retryAll(admin);
		redirect.addFlashAttribute("notice",
				(count == 1) ? "1 email will be sent again shortly" : count + " emails will be sent again shortly");
		return "redirect:/press-office/notifications/failed";
	}

}
