package uk.policenewsroom.releases;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.Operations;
import uk.policenewsroom.releases.OfficeViews.Overview;

/**
 * Writing and reading releases in the press office: dashboard, search, the release's
 * page, the editor (a draft's changes and a published release's correction share one
 * path), restoring an old revision's words into the editor, and the preview.
 */
@Controller
class ReleaseEditingController {

	private static final String EDIT = "releases/office/edit";

	private final PressOfficeFinder finder;

	private final Drafting drafting;

	private final Categories categories;

	private final Areas areas;

	private final Operations operations;

	ReleaseEditingController(PressOfficeFinder finder, Drafting drafting, Categories categories, Areas areas,
			Operations operations) {
		this.finder = finder;
		this.drafting = drafting;
		this.categories = categories;
		this.areas = areas;
		this.operations = operations;
	}

	@GetMapping("/press-office")
	String dashboard(@AuthenticationPrincipal PressOfficer officer, Model model) {
		model.addAttribute("dashboard", this.finder.dashboard(officer.id()));
		return "releases/office/dashboard";
	}

	@GetMapping("/press-office/releases")
	String search(@RequestParam(defaultValue = "") String q, Model model) {
		if (q.length() > 200) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Search for fewer words");
		}
		String words = q.replaceAll("\\p{Cntrl}", " ").strip();
		model.addAttribute("q", q);
		model.addAttribute("results", words.isEmpty() ? List.of() : this.finder.search(words));
		return "releases/office/search";
	}

	@GetMapping("/press-office/releases/new")
	String newRelease(Model model) {
		ReleaseForm form = new ReleaseForm();
		form.setCategory("news");
		return editor(model, form, null);
	}

	@PostMapping("/press-office/releases")
	String create(@AuthenticationPrincipal PressOfficer officer, @Valid @ModelAttribute("form") ReleaseForm form,
			BindingResult result, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		if (action.equals("preview") || result.hasErrors()) {
			return editor(model, form, null, action.equals("preview"));
		}
		try {
			Release release = this.drafting.create(officer, form);
			redirect.addFlashAttribute("notice", "Draft saved");
			return "redirect:/press-office/releases/" + release.getId();
		}
		catch (FormProblem problem) {
			result.rejectValue(problem.field(), "release", problem.getMessage());
			return editor(model, form, null);
		}
	}

	@GetMapping("/press-office/releases/{id}")
	String show(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, Model model) {
		model.addAttribute("release", overview(id, officer));
		model.addAttribute("reasons", TakeDownReason.values());
		return "releases/office/show";
	}

	@GetMapping("/press-office/releases/{id}/edit")
	String edit(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, Model model) {
		Overview release = requireEditable(officer, id);
		return editor(model, this.drafting.formFor(id), release);
	}

	@PostMapping("/press-office/releases/{id}")
	String save(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid @ModelAttribute("form") ReleaseForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return saveOrShowAgain(officer, id, form, result, action, model, redirect, response);
	}

	/**
	 * The same path as {@link #save}, at an address only editors reach, so that the
	 * security configuration refuses a writer's correction before the aggregate does.
	 */
	@PostMapping("/press-office/releases/{id}/correct")
	String correct(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid @ModelAttribute("form") ReleaseForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return saveOrShowAgain(officer, id, form, result, action, model, redirect, response);
	}

	/**
	 * Saves, or shows the editor again with the officer's words: for a preview, for
	 * errors, or with both texts when somebody else saved first.
	 */
	private String saveOrShowAgain(PressOfficer officer, long id, ReleaseForm form, BindingResult result, String action,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Overview release = requireEditable(officer, id);
		if (action.equals("preview") || result.hasErrors()) {
			return editor(model, form, release, action.equals("preview"));
		}
		try {
			this.drafting.save(officer, id, form);
			redirect.addFlashAttribute("notice", !release.published() ? "Changes saved"
					: form.isMinor() ? "Minor correction published" : "Update published");
			return "redirect:/press-office/releases/" + id;
		}
		catch (StaleVersion | OptimisticLockingFailureException conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return conflict(officer, model, form, id);
		}
		catch (FormProblem problem) {
			result.rejectValue(problem.field(), "release", problem.getMessage());
		}
		catch (WorkflowException problem) {
			if (problem.refusal() != WorkflowException.Refusal.INCOMPLETE) {
				throw problem;
			}
			result.rejectValue(release.published() ? "changeNote" : "title", "workflow", problem.getMessage());
		}
		return editor(model, form, release);
	}

	/**
	 * Opens the editor with an old revision's words; nothing is saved until the officer
	 * saves.
	 */
	@GetMapping("/press-office/releases/{id}/revisions/{number}/restore")
	String restoreRevision(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@PathVariable int number, Model model) {
		Overview release = requireEditable(officer, id);
		ReleaseRevision old = this.finder.revision(id, number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ReleaseForm form = this.drafting.formFor(id);
		form.setTitle(old.getTitle());
		form.setSummary(old.getSummary());
		form.setBody(old.getBody());
		model.addAttribute("restoring", number);
		return editor(model, form, release);
	}

	@GetMapping("/press-office/releases/{id}/preview")
	String preview(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, Model model) {
		model.addAttribute("release", overview(id, officer));
		return "releases/office/preview";
	}

	/** The release, if this officer may change its words now; the refusal if not. */
	private Overview requireEditable(PressOfficer officer, long id) {
		Overview release = overview(id, officer);
		if (!release.can("EDIT") && !release.can("CORRECT")) {
			throw this.finder.refusal(id, Actor.of(officer),
					release.published() ? ReleaseAction.CORRECT : ReleaseAction.EDIT);
		}
		return release;
	}

	private String conflict(PressOfficer officer, Model model, ReleaseForm form, long id) {
		ReleaseForm saved = this.drafting.formFor(id);
		model.addAttribute("saved", saved);
		model.addAttribute("savedRevision", this.finder.latestSave(id).orElse(null));
		form.setVersion(saved.getVersion());
		form.setRevision(saved.getRevision());
		return editor(model, form, overview(id, officer), false, true);
	}

	private String editor(Model model, ReleaseForm form, Overview release) {
		return editor(model, form, release, false, false);
	}

	private String editor(Model model, ReleaseForm form, Overview release, boolean preview) {
		return editor(model, form, release, preview, false);
	}

	private String editor(Model model, ReleaseForm form, Overview release, boolean preview, boolean conflict) {
		model.addAttribute("form", form);
		model.addAttribute("release", release);
		model.addAttribute("correcting", release != null && release.published());
		model.addAttribute("slugLocked", release != null && !release.unpublished());
		model.addAttribute("conflict", conflict);
		String heading = (release == null) ? "New release"
				: release.published() ? "Update a published release" : "Edit release";
		model.addAttribute("heading", heading);
		model.addAttribute("pageTitle", (release == null) ? heading : heading + ": " + release.title());
		model.addAttribute("categories",
				this.categories.findAllByOrderByPositionAsc().stream().map(Category::toView).toList());
		model.addAttribute("areas",
				this.areas.findAllByOrderByNameAsc().stream().map((a) -> new Choice(a.getId(), a.getName())).toList());
		model.addAttribute("operations",
				this.operations.findAll(Sort.by("name"))
					.stream()
					.map((o) -> new Choice(o.getId(), o.getName()))
					.toList());
		if (preview) {
			model.addAttribute("previewHtml", ReleaseBody.toHtml(form.getBody()));
		}
		return EDIT;
	}

	private Overview overview(long id, PressOfficer officer) {
		return this.finder.overview(id, Actor.of(officer)).orElseThrow(() -> new NoSuchRelease(id));
	}

	/** An option in a list of checkboxes or a select. */
	record Choice(long id, String name) {

	}

}
