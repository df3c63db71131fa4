package uk.policenewsroom.accounts;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.policenewsroom.accounts.AccountAdministration.AccountProblem;
import uk.policenewsroom.accounts.AccountForms.ChangePasswordForm;

/**
 * Every officer changes their own password. Wrong current passwords are throttled as
 * sign-ins are, and a change ends the officer's other sessions.
 */
@Controller
class PasswordController {

	static final String THROTTLED = "Too many wrong passwords. Wait 15 minutes, then try again.";

	private final AccountAdministration administration;

	private final LoginThrottle throttle;

	private final SecurityEvents events;

	PasswordController(AccountAdministration administration, LoginThrottle throttle, SecurityEvents events) {
		this.administration = administration;
		this.throttle = throttle;
		this.events = events;
	}

	@GetMapping("/press-office/password")
	String form(Model model) {
		model.addAttribute("form", new ChangePasswordForm());
		return "accounts/password";
	}

	@PostMapping("/press-office/password")
	String change(@AuthenticationPrincipal PressOfficer officer, @Valid @ModelAttribute("form") ChangePasswordForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!this.throttle.allowsPasswordCheck(officer.id())) {
			this.events.passwordCheckThrottled(request, officer);
			result.rejectValue("current", "throttled", THROTTLED);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", Long.toString(LoginThrottle.ACCOUNT_WINDOW.toSeconds()));
			return "accounts/password";
		}
		if (!Objects.equals(form.getPassword(), form.getConfirmation())) {
			result.rejectValue("confirmation", "mismatch", "The passwords do not match");
		}
		if (result.hasErrors()) {
			return "accounts/password";
		}
		try {
			this.administration.changeOwnPassword(officer, form.getCurrent(), form.getPassword(),
					request.getSession().getId());
		}
		catch (AccountProblem problem) {
			if ("current".equals(problem.field())) {
				this.throttle.passwordCheckFailed(officer.id());
				this.events.passwordCheckFailed(request, officer);
			}
			result.rejectValue(problem.field(), "account", problem.getMessage());
			return "accounts/password";
		}
		this.throttle.passwordCheckSucceeded(officer.id());
		redirect.addFlashAttribute("notice", "Your password has been changed");
		return "redirect:/press-office";
	}

}
