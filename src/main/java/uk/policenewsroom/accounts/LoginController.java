package uk.policenewsroom.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final SessionProperties sessions;

	LoginController(SessionProperties sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("sessionLifetime", this.sessions.absoluteTimeoutText());
		return "accounts/login";
	}

}
