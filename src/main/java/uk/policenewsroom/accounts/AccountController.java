package uk.policenewsroom.accounts;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.policenewsroom.accounts.AccountAdministration.AccountProblem;
import uk.policenewsroom.accounts.AccountForms.NewAccountForm;
import uk.policenewsroom.accounts.AccountForms.ResetPasswordForm;
import uk.policenewsroom.accounts.AccountForms.RoleForm;
import uk.policenewsroom.site.LondonTime;

/**
 * Admins manage press-office accounts.
 */
@Controller
@RequestMapping("/press-office/accounts")
class AccountController {

	private final Accounts accounts;

	private final AccountAdministration administration;

	AccountController(Accounts accounts, AccountAdministration administration) {
		this.accounts = accounts;
		this.administration = administration;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts",
				this.accounts.findAllByOrderByDisplayNameAsc().stream().map(AccountController::view).toList());
		return "accounts/list";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("form", new NewAccountForm());
		return "accounts/new";
	}

	@PostMapping
	String create(@AuthenticationPrincipal PressOfficer admin, @Valid @ModelAttribute("form") NewAccountForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "accounts/new";
		}
		try {
			Account account = this.administration.create(admin, form.getEmail(), form.getDisplayName(), form.getRole(),
					form.getPassword());
			redirect.addFlashAttribute("notice", "Account created for " + account.getEmail());
			return "redirect:/press-office/accounts/" + account.getId();
		}
		catch (AccountProblem problem) {
			result.rejectValue(problem.field(), "account", problem.getMessage());
			return "accounts/new";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		AccountView account = view(find(id));
		model.addAttribute("account", account);
		RoleForm roleForm = new RoleForm();
		roleForm.setRole(account.role());
		model.addAttribute("roleForm", roleForm);
		model.addAttribute("passwordForm", new ResetPasswordForm());
		return "accounts/show";
	}

	@PostMapping("/{id}/role")
	String changeRole(@AuthenticationPrincipal PressOfficer admin, @PathVariable long id,
			@Valid @ModelAttribute("roleForm") RoleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.changeRole(admin, id, form.getRole());
				redirect.addFlashAttribute("notice", "Role changed to " + form.getRole().label());
				return "redirect:/press-office/accounts/" + id;
			}
			catch (AccountProblem problem) {
				result.rejectValue("role", "account", problem.getMessage());
			}
		}
		model.addAttribute("account", view(find(id)));
		model.addAttribute("passwordForm", new ResetPasswordForm());
		return "accounts/show";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@AuthenticationPrincipal PressOfficer admin, @PathVariable long id,
			@ModelAttribute("passwordForm") ResetPasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.administration.resetPassword(admin, id, form.getPassword());
			redirect.addFlashAttribute("notice", "Password reset. Their sessions have been ended.");
			return "redirect:/press-office/accounts/" + id;
		}
		catch (AccountProblem problem) {
			result.rejectValue("password", "account", problem.getMessage());
		}
		AccountView account = view(find(id));
		model.addAttribute("account", account);
		RoleForm roleForm = new RoleForm();
		roleForm.setRole(account.role());
		model.addAttribute("roleForm", roleForm);
		return "accounts/show";
	}

	@PostMapping("/{id}/disable")
	String disable(@AuthenticationPrincipal PressOfficer admin, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.administration.disable(admin, id);
			redirect.addFlashAttribute("notice", "Account disabled. Its sessions have been ended.");
		}
		catch (AccountProblem problem) {
			redirect.addFlashAttribute("problem", problem.getMessage());
		}
		return "redirect:/press-office/accounts/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@AuthenticationPrincipal PressOfficer admin, @PathVariable long id, RedirectAttributes redirect) {
		this.administration.enable(admin, id);
		redirect.addFlashAttribute("notice", "Account enabled");
		return "redirect:/press-office/accounts/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@AuthenticationPrincipal PressOfficer admin, @PathVariable long id, RedirectAttributes redirect) {
		int cleared;
		try {
			cleared = this.administration.unlock(admin, id);
		}
		catch (AccountProblem problem) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", (cleared == 0) ? "There were no failed sign-ins to clear"
				: "Sign-in lock-outs cleared: they can sign in again now");
		return "redirect:/press-office/accounts/" + id;
	}

	private Account find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static AccountView view(Account account) {
		return new AccountView(account.getId(), account.getEmail(), account.getDisplayName(), account.getRole(),
				account.isEnabled(), LondonTime.of(account.getCreatedAt()));
	}

	record AccountView(long id, String email, String displayName, Role role, boolean enabled,
			LondonTime.Shown created) {

	}

}
