package uk.policenewsroom.operations;

import java.util.NoSuchElementException;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.operations.OperationViews.OperationRecord;
import uk.policenewsroom.operations.OperationWorkflowException.Stale;

/**
 * An operation's review: submit, reject, publish, hide, restore, and its history. Every
 * decision carries the version it was made on. Publishing and hiding change what the
 * public sees, so each is asked on a confirmation page first, which works without
 * JavaScript: the action's button only leads there, and only the confirmation page's form
 * carries the confirmation.
 */
@Controller
@RequestMapping("/press-office/operations/{id}")
class OperationWorkflowController {

	private final OperationFinder finder;

	private final OperationEditing editing;

	OperationWorkflowController(OperationFinder finder, OperationEditing editing) {
		this.finder = finder;
		this.editing = editing;
	}

	@PostMapping("/submit")
	String submit(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, DecisionForm decision,
			RedirectAttributes redirect) {
		decide(id, decision, () -> this.editing.submit(officer, id, decision.getVersion()));
		redirect.addFlashAttribute("notice",
				"Submitted for review. An editor who has not worked on it will check" + " and publish it.");
		return back(id);
	}

	@GetMapping("/reject")
	String rejecting(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(required = false) Long version, Model model) {
		return confirmation(officer, id, OperationAction.REJECT, version, model);
	}

	@PostMapping("/reject")
	String reject(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid DecisionForm decisionForm, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!commented(decisionForm, result, "Say what needs to change, so the writer can fix it")) {
			return confirmationAgain(officer, id, OperationAction.REJECT, model);
		}
		decide(id, decisionForm,
				() -> this.editing.reject(officer, id, decisionForm.getVersion(), decisionForm.getComment()));
		redirect.addFlashAttribute("notice", "Rejected. The writer will see your comment on the operation.");
		return back(id);
	}

	@GetMapping("/publish")
	String publishing(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(required = false) Long version, Model model) {
		return confirmation(officer, id, OperationAction.PUBLISH, version, model);
	}

	@PostMapping("/publish")
	String publish(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, DecisionForm decisionForm,
			RedirectAttributes redirect) {
		if (!decisionForm.isConfirmed()) {
			return unconfirmed(id, "publish", decisionForm);
		}
		decide(id, decisionForm, () -> this.editing.publish(officer, id, decisionForm.getVersion()));
		redirect.addFlashAttribute("notice", "Published. The results are now on the public pages.");
		return back(id);
	}

	@GetMapping("/hide")
	String hiding(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(required = false) Long version, Model model) {
		return confirmation(officer, id, OperationAction.HIDE, version, model);
	}

	@PostMapping("/hide")
	String hide(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, @Valid DecisionForm decisionForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!decisionForm.isConfirmed()) {
			return unconfirmed(id, "hide", decisionForm);
		}
		if (!commented(decisionForm, result, "Say why the results are hidden")) {
			return confirmationAgain(officer, id, OperationAction.HIDE, model);
		}
		decide(id, decisionForm,
				() -> this.editing.hide(officer, id, decisionForm.getVersion(), decisionForm.getComment()));
		redirect.addFlashAttribute("notice", "Hidden. The operation and its results are on no public page.");
		return back(id);
	}

	@PostMapping("/restore")
	String restore(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid DecisionForm decisionForm, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem",
					"Keep the comment to " + Operation.REASON_MAX + " characters or fewer. Nothing was changed.");
			return back(id);
		}
		decide(id, decisionForm,
				() -> this.editing.restore(officer, id, decisionForm.getVersion(), decisionForm.getComment()));
		redirect.addFlashAttribute("notice", "Restored. The results are on the public pages again.");
		return back(id);
	}

	@GetMapping("/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("history",
				this.finder.history(id).orElseThrow(() -> new NoSuchElementException("No operation " + id)));
		return "operations/office/history";
	}

	/**
	 * The page that asks before {@code action}, decided on {@code version} (the one the
	 * person saw; the current one if none was given). A version that is no longer current
	 * is refused as the action itself would be.
	 */
	private String confirmation(PressOfficer officer, long id, OperationAction action, Long version, Model model) {
		OperationRecord operation = this.finder.recordFor(id, action, OperationEditing.actor(officer));
		if (version != null && version != operation.version()) {
			throw new Stale(id, version);
		}
		DecisionForm form = new DecisionForm();
		form.setVersion(operation.version());
		model.addAttribute("decisionForm", form);
		return confirmationPage(operation, action, model);
	}

	/**
	 * The confirmation page again, with the problems in what was sent and what was typed.
	 */
	private String confirmationAgain(PressOfficer officer, long id, OperationAction action, Model model) {
		return confirmationPage(this.finder.recordFor(id, action, OperationEditing.actor(officer)), action, model);
	}

	private static String confirmationPage(OperationRecord operation, OperationAction action, Model model) {
		model.addAttribute("operation", operation);
		model.addAttribute("action", action.name());
		return "operations/office/confirm";
	}

	/**
	 * Whether the decision has the comment it needs, rejecting it with this message if
	 * not.
	 */
	private static boolean commented(DecisionForm decision, BindingResult result, String missing) {
		if (!decision.hasComment()) {
			result.rejectValue("comment", "decision.comment", missing);
		}
		return !result.hasErrors();
	}

	/** A decision sent without its confirmation goes to the page that asks for it. */
	private static String unconfirmed(long id, String action, DecisionForm decision) {
		return "redirect:/press-office/operations/" + id + "/" + action
				+ ((decision.getVersion() != null) ? "?version=" + decision.getVersion() : "");
	}

	/**
	 * A concurrent save found only at commit is refused like any other stale decision.
	 */
	private static void decide(long id, DecisionForm decision, Runnable action) {
		try {
			action.run();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new Stale(id, decision.getVersion());
		}
	}

	private static String back(long id) {
		return "redirect:/press-office/operations/" + id;
	}

}
