package uk.policenewsroom.operations;

import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.OperationEditing.Details;
import uk.policenewsroom.operations.OperationEditing.Stale;
import uk.policenewsroom.operations.OperationViews.OperationRecord;

import uk.policenewsroom.site.PageNumber;

/**
 * The press office records operations and their results: the details, then row by row the
 * figures from which the public page adds up its totals.
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
			BindingResult result, Model model, RedirectAttributes redirect) {
		Details details = read(operationForm, result, model);
		if (details == null) {
			return "operations/office/new";
		}
		long id = this.editing.create(officer, details);
		redirect.addFlashAttribute("notice", "Operation created. Add its results below.");
		return "redirect:/press-office/operations/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		OperationRecord operation = find(id);
		model.addAttribute("operationForm", OperationForm.of(operation));
		return edit(operation, model);
	}

	@PostMapping("/{id}")
	String revise(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid OperationForm operationForm, BindingResult result, Model model, RedirectAttributes redirect) {
		Details details = read(operationForm, result, model);
		if (details != null) {
			try {
				this.editing.revise(officer, id, operationForm.getVersion(), details);
				redirect.addFlashAttribute("notice", "Details saved");
				return "redirect:/press-office/operations/" + id;
			}
			catch (Stale | OptimisticLockingFailureException ex) {
				OperationRecord current = find(id);
				// A second save, made knowing what is saved now, may replace it.
				operationForm.setVersion(current.version());
				model.addAttribute("problem", STALE_DETAILS);
				model.addAttribute("stale", true);
				return edit(current, model);
			}
		}
		return edit(find(id), model);
	}

	@PostMapping("/{id}/rows")
	String addRow(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid TallyRowForm tallyRowForm, BindingResult result, Model model, RedirectAttributes redirect) {
		TallyLine line = tallyRowForm.line(result);
		if (line != null) {
			try {
				int number = this.editing.addResult(officer, id, line);
				redirect.addFlashAttribute("notice", "Row " + number + " added: " + line.text());
				return "redirect:/press-office/operations/" + id + "#results";
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("problem", CLASHING_ROW);
			}
		}
		OperationRecord operation = find(id);
		model.addAttribute("operationForm", OperationForm.of(operation));
		return edit(operation, model);
	}

	@PostMapping("/{id}/rows/{number}/remove")
	String removeRow(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, @PathVariable int number,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		try {
			TallyLine removed = this.editing.removeResult(officer, id, number, version);
			redirect.addFlashAttribute("notice", "Row " + number + " removed: " + removed.text());
		}
		catch (Stale | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", STALE_ROWS);
		}
		return "redirect:/press-office/operations/" + id + "#results";
	}

	@ExceptionHandler(NoSuchElementException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
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
		model.addAttribute("kinds", TallyKind.values());
		model.addAttribute("drugClasses", DrugClass.values());
		model.addAttribute("units", Unit.values());
		if (!model.containsAttribute("areaChoices")) {
			addAreaChoices(model);
		}
		return "operations/office/edit";
	}

	private List<AreaChoice> addAreaChoices(Model model) {
		List<AreaChoice> choices = this.areas.findAllByOrderByNameAsc()
			.stream()
			.map((area) -> new AreaChoice(area.getId(), area.getName()))
			.toList();
		model.addAttribute("areaChoices", choices);
		return choices;
	}

	private OperationRecord find(long id) {
		return this.finder.record(id).orElseThrow(() -> new NoSuchElementException("No operation " + id));
	}

	record AreaChoice(long id, String name) {

	}

}
