package uk.policenewsroom.accounts;

import java.util.Objects;

import jakarta.validation.Valid;

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
 * Every officer changes their own password.
 */
@Controller
class PasswordController {

	private final AccountAdministration administration;

	PasswordController(AccountAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/press-office/password")
	String form(Model model) {
		model.addAttribute("form", new ChangePasswordForm());
		return "accounts/password";
	}

	@PostMapping("/press-office/password")
	String change(@AuthenticationPrincipal PressOfficer officer, @Valid @ModelAttribute("form") ChangePasswordForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (!Objects.equals(form.getPassword(), form.getConfirmation())) {
			result.rejectValue("confirmation", "mismatch", "The passwords do not match");
		}
		if (result.hasErrors()) {
			return "accounts/password";
		}
		try {
			this.administration.changeOwnPassword(officer, form.getCurrent(), form.getPassword());
		}
		catch (AccountProblem problem) {
			result.rejectValue(problem.field(), "account", problem.getMessage());
			return "accounts/password";
		}
		redirect.addFlashAttribute("notice", "Your password has been changed");
		return "redirect:/press-office";
	}

}
