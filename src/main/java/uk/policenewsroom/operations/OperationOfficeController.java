package uk.policenewsroom.operations;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
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
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.OperationEditing.Details;
import uk.policenewsroom.operations.OperationViews.OperationRecord;
import uk.policenewsroom.operations.OperationViews.RecordedRow;
import uk.policenewsroom.operations.OperationWorkflowException.NotAllowed;
import uk.policenewsroom.operations.OperationWorkflowException.Stale;

import uk.policenewsroom.site.DatabaseUnavailable;
import uk.policenewsroom.site.PageNumber;

/**
 * The press office records operations and their results: the details, then row by row the
 * figures from which the public page adds up its totals. What may be changed, and by
 * whom, is the {@link Operation}'s to say; refusals are answered by
 * {@link OperationProblems}.
 */
@Controller
@RequestMapping("/press-office/operations")
class OperationOfficeController {

	private static final int PAGE_SIZE = 50;

	private static final String STALE_DETAILS = "Someone else saved changes to this operation after you opened it,"
			+ " so your changes have not been saved. What you typed is below, next to what is saved now:"
			+ " check it and save again to replace what is saved now.";

	private static final String STALE_ROWS = "The results changed after you opened this page, so no row was"
			+ " removed. Check the rows below and try again.";

	private static final String CLASHING_ROW = "Someone else changed the results at the same moment, so your row"
			+ " was not added. Check the rows below and add it again.";

	static final String NOT_SAVED = "Your changes have not been saved: the system did not answer in time."
			+ " What you typed is still below. Try again in a minute; if it keeps happening, tell the web team.";

	private static final String CORRECTION_REASON = "Say what you corrected and why: readers will see it";

	private final OperationFinder finder;

	private final OperationEditing editing;

	private final Areas areas;

	OperationOfficeController(OperationFinder finder, OperationEditing editing, Areas areas) {
		this.finder = finder;
		this.editing = editing;
		this.areas = areas;
	}

	@GetMapping
	String list(PageNumber page, Model model) {
		model.addAttribute("list", this.finder.list(page, PAGE_SIZE));
		return "operations/office/list";
	}

	@GetMapping("/new")
	String newOperation(Model model) {
		model.addAttribute("operationForm", new OperationForm());
		addAreaChoices(model);
		return "operations/office/new";
	}

	@PostMapping
	String create(@AuthenticationPrincipal PressOfficer officer, @Valid OperationForm operationForm,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Details details = read(operationForm, result, model);
		if (details == null) {
			return "operations/office/new";
		}
		long id;
		try {
			id = this.editing.create(officer, details);
		}
		catch (RuntimeException ex) {
			notSaved(ex, model, response);
			return "operations/office/new";
		}
		redirect.addFlashAttribute("notice",
				"Draft created. Add its results below, then submit it for review: nothing is public until an"
						+ " editor publishes it.");
		return "redirect:/press-office/operations/" + id;
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, Model model) {
		OperationRecord operation = find(id, officer);
		model.addAttribute("operationForm", OperationForm.of(operation));
		return edit(operation, model);
	}

	@PostMapping("/{id}")
	String revise(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid OperationForm operationForm, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		OperationRecord before = changeable(id, officer);
		Details details = read(operationForm, result, model);
		requireReason(before, "reason", operationForm.getReason(), result);
		if (details != null && !result.hasErrors()) {
			try {
				this.editing.revise(officer, id, operationForm.getVersion(), details, operationForm.getReason());
				redirect.addFlashAttribute("notice", before.correcting() ? "Correction saved" : "Details saved");
				return "redirect:/press-office/operations/" + id;
			}
			catch (Stale | OptimisticLockingFailureException ex) {
				OperationRecord current = find(id, officer);
				// A second save, made knowing what is saved now, may replace it.
				operationForm.setVersion(current.version());
				model.addAttribute("problem", STALE_DETAILS);
				model.addAttribute("stale", true);
				return edit(current, model);
			}
			catch (RuntimeException ex) {
				notSaved(ex, model, response);
			}
		}
		return edit(before, model);
	}

	@PostMapping("/{id}/rows")
	String addRow(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid TallyRowForm tallyRowForm, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		OperationRecord before = changeable(id, officer);
		TallyLine line = tallyRowForm.line(result);
		requireReason(before, "rowReason", tallyRowForm.getRowReason(), result);
		if (line != null && !result.hasErrors()) {
			try {
				int number = this.editing.addResult(officer, id, line, tallyRowForm.getRowReason());
				redirect.addFlashAttribute("notice", "Row " + number + " added: " + line.text());
				return "redirect:/press-office/operations/" + id + "#results";
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("problem", CLASHING_ROW);
			}
			catch (RuntimeException ex) {
				notSaved(ex, model, response);
				model.addAttribute("operationForm", OperationForm.of(before));
				return edit(before, model);
			}
		}
		OperationRecord operation = find(id, officer);
		model.addAttribute("operationForm", OperationForm.of(operation));
		return edit(operation, model);
	}

	/** A row's own page: change what it says, or remove it, with a reason. */
	@GetMapping("/{id}/rows/{number}")
	String row(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, @PathVariable int number,
			Model model) {
		OperationRecord operation = changeable(id, officer);
		TallyRowForm form = TallyRowForm.of(this.finder.line(id, number), operation.version());
		model.addAttribute("tallyRowForm", form);
		return rowPage(operation, number, model);
	}

	@PostMapping("/{id}/rows/{number}")
	String editRow(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, @PathVariable int number,
			@Valid TallyRowForm tallyRowForm, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		OperationRecord operation = changeable(id, officer);
		row(operation, number);
		TallyLine line = tallyRowForm.line(result);
		if (tallyRowForm.getRowReason() == null || tallyRowForm.getRowReason().isBlank()) {
			result.rejectValue("rowReason", "row.reason",
					operation.correcting() ? CORRECTION_REASON : "Say why the row is changed, so reviewers can see it");
		}
		if (line == null || result.hasErrors()) {
			return rowPage(operation, number, model);
		}
		try {
			TallyLine was = this.editing.editResult(officer, id, number, tallyRowForm.getVersion(), line,
					tallyRowForm.getRowReason());
			redirect.addFlashAttribute("notice",
					"Row " + number + " changed from " + was.text() + " to " + line.text());
		}
		catch (OptimisticLockingFailureException ex) {
			throw new Stale(id, tallyRowForm.getVersion());
		}
		catch (RuntimeException ex) {
			notSaved(ex, model, response);
			return rowPage(operation, number, model);
		}
		return "redirect:/press-office/operations/" + id + "#results";
	}

	@PostMapping("/{id}/rows/{number}/remove")
	String removeRow(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, @PathVariable int number,
			@RequestParam(required = false) Long version, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		OperationRecord operation = changeable(id, officer);
		if (operation.correcting() && (reason == null || reason.isBlank())) {
			redirect.addFlashAttribute("problem", CORRECTION_REASON + ". No row was removed.");
			return "redirect:/press-office/operations/" + id + "/rows/" + number;
		}
		if (reason != null && reason.strip().length() > Operation.REASON_MAX) {
			redirect.addFlashAttribute("problem",
					"Keep the reason to " + Operation.REASON_MAX + " characters or fewer. No row was removed.");
			return "redirect:/press-office/operations/" + id + "/rows/" + number;
		}
		try {
			TallyLine removed = this.editing.removeResult(officer, id, number, version, reason);
			redirect.addFlashAttribute("notice", "Row " + number + " removed: " + removed.text());
		}
		catch (Stale | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", STALE_ROWS);
		}
		catch (RuntimeException ex) {
			notSaved(ex, model, response);
			model.addAttribute("tallyRowForm", TallyRowForm.of(this.finder.line(id, number), operation.version()));
			model.addAttribute("removeReason", reason);
			return rowPage(operation, number, model);
		}
		return "redirect:/press-office/operations/" + id + "#results";
	}

	/**
	 * A save that failed because the database did not answer: the form is shown again
	 * with what was typed, saying so, as a 503. Any other failure is a bug, and is
	 * rethrown.
	 */
	private static void notSaved(RuntimeException failure, Model model, HttpServletResponse response) {
		if (!DatabaseUnavailable.isCauseOf(failure)) {
			throw failure;
		}
		model.addAttribute("problem", NOT_SAVED);
		DatabaseUnavailable.answer(response);
	}

	/**
	 * The operation, if {@code officer} may change it now; a writer may not change what
	 * is published.
	 */
	private OperationRecord changeable(long id, PressOfficer officer) {
		OperationRecord operation = find(id, officer);
		if (!operation.changeable()) {
			throw new NotAllowed("Only an editor can correct a published operation");
		}
		return operation;
	}

	private static void requireReason(OperationRecord operation, String field, String reason, BindingResult result) {
		if (operation.correcting() && (reason == null || reason.isBlank())) {
			result.rejectValue(field, "operation.reason", CORRECTION_REASON);
		}
	}

	/**
	 * The details, or {@code null} with every problem in {@code result}. Area choices are
	 * added to the model either way, for the form to be shown again.
	 */
	private Details read(OperationForm form, BindingResult result, Model model) {
		List<Long> choices = addAreaChoices(model).stream().map(AreaChoice::id).toList();
		if (!form.getAreas().stream().allMatch((id) -> id != null && choices.contains(id))) {
			result.rejectValue("areas", "operation.areas", "Choose areas from the list");
		}
		Details details = form.details(result);
		return result.hasErrors() ? null : Objects.requireNonNull(details);
	}

	private String edit(OperationRecord operation, Model model) {
		model.addAttribute("operation", operation);
		if (!model.containsAttribute("tallyRowForm")) {
			model.addAttribute("tallyRowForm", new TallyRowForm());
		}
		addRowChoices(model);
		if (!model.containsAttribute("areaChoices")) {
			addAreaChoices(model);
		}
		return "operations/office/edit";
	}

	private String rowPage(OperationRecord operation, int number, Model model) {
		model.addAttribute("operation", operation);
		model.addAttribute("row", row(operation, number));
		addRowChoices(model);
		return "operations/office/row";
	}

	private static RecordedRow row(OperationRecord operation, int number) {
		return operation.rows()
			.stream()
			.filter((row) -> row.number() == number)
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("Operation " + operation.id() + " has no row " + number));
	}

	private static void addRowChoices(Model model) {
		model.addAttribute("kinds", TallyKind.values());
		model.addAttribute("drugClasses", DrugClass.values());
		model.addAttribute("units", Unit.values());
	}

	private List<AreaChoice> addAreaChoices(Model model) {
		List<AreaChoice> choices = this.areas.findAllByOrderByNameAsc()
			.stream()
			.map((area) -> new AreaChoice(area.getId(), area.getName()))
			.toList();
		model.addAttribute("areaChoices", choices);
		return choices;
	}

	private OperationRecord find(long id, PressOfficer officer) {
		return this.finder.record(id, OperationEditing.actor(officer))
			.orElseThrow(() -> new NoSuchElementException("No operation " + id));
	}

	record AreaChoice(long id, String name) {

	}

}
