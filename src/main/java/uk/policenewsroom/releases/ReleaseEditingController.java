package uk.policenewsroom.releases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
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
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.operations.OperationFinder;
import uk.policenewsroom.operations.Operations;
import uk.policenewsroom.releases.OfficeViews.Overview;
import uk.policenewsroom.site.DatabaseUnavailable;

/**
 * Writing and reading releases in the press office: dashboard, search, the release's
 * page, the editor (a draft's changes and a published release's correction share one
 * path), restoring an old revision's words into the editor, and the preview.
 */
@Controller
class ReleaseEditingController {

	private static final Logger log = LoggerFactory.getLogger(ReleaseEditingController.class);

	private static final String EDIT = "releases/office/edit";

	private final PressOfficeFinder finder;

	private final Drafting drafting;

	private final Categories categories;

	private final Areas areas;

	private final Operations operations;

	private final OperationFinder operationFinder;

	private final OpenEditors openEditors;

	private final SignedOutSaves signedOutSaves;

	ReleaseEditingController(PressOfficeFinder finder, Drafting drafting, Categories categories, Areas areas,
			Operations operations, OperationFinder operationFinder, OpenEditors openEditors,
			SignedOutSaves signedOutSaves) {
		this.operationFinder = operationFinder;
		this.openEditors = openEditors;
		this.signedOutSaves = signedOutSaves;
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
	String newRelease(@AuthenticationPrincipal PressOfficer officer, Model model) {
		ReleaseForm form = new ReleaseForm();
		form.setCategory("news");
		return editor(model, form, null, officer);
	}

	@PostMapping("/press-office/releases")
	String create(@AuthenticationPrincipal PressOfficer officer, @Valid @ModelAttribute("form") ReleaseForm form,
			BindingResult result, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (action.equals("preview") || result.hasErrors()) {
			model.addAttribute("preview", action.equals("preview"));
			return editor(model, form, null, officer);
		}
		try {
			Release release = this.drafting.create(officer, form);
			redirect.addFlashAttribute("notice", "Draft saved");
			return "redirect:/press-office/releases/" + release.getId();
		}
		catch (FormProblem problem) {
			result.rejectValue(problem.field(), "release", problem.getMessage());
			return editor(model, form, null, officer);
		}
		catch (DataAccessException | TransactionException failure) {
			return saveFailed(officer, model, form, null, false, response, failure);
		}
	}

	@GetMapping("/press-office/releases/{id}")
	String show(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, Model model) {
		model.addAttribute("release", overview(id, officer));
		model.addAttribute("reasons", TakeDownReason.values());
		return "releases/office/show";
	}

	/**
	 * The editor, filled from the release as saved; or, once, with the words this browser
	 * sent when the officer's session had ended (see {@link SignedOutSaves}).
	 */
	@GetMapping("/press-office/releases/{id}/edit")
	String edit(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, HttpServletRequest request,
			Model model) {
		Overview release = requireEditable(officer, id);
		Optional<ReleaseForm> kept = this.signedOutSaves.takeBack(request.getSession(false), id);
		model.addAttribute("kept", kept.isPresent());
		return editor(model, kept.orElseGet(() -> this.drafting.formFor(id)), release, officer);
	}

	@PostMapping("/press-office/releases/{id}")
	String save(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid @ModelAttribute("form") ReleaseForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return saveOrShowAgain(officer, id, false, form, result, action, model, redirect, response);
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
		return saveOrShowAgain(officer, id, true, form, result, action, model, redirect, response);
	}

	/**
	 * Saves, or shows the editor again with the officer's words: for a preview, for
	 * errors, with the differences and a choice when somebody else saved first, or with a
	 * message when the database failed.
	 * <p>
	 * After a conflict the form still carries the version the officer started from, so
	 * sending it again is another conflict: only the choice "keep mine", naming the
	 * version whose differences they were shown, replaces the other person's save.
	 */
	private String saveOrShowAgain(PressOfficer officer, long id, boolean correcting, ReleaseForm form,
			BindingResult result, String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Overview release;
		try {
			release = requireEditable(officer, id);
		}
		catch (DataAccessException | TransactionException failure) {
			return saveFailed(officer, model, form, id, correcting, response, failure);
		}
		if (action.equals("preview") || result.hasErrors()) {
			model.addAttribute("preview", action.equals("preview"));
			return editor(model, form, release, officer);
		}
		if (action.equals("resolve")) {
			if ("theirs".equals(form.getChoice())) {
				return startFromTheirs(officer, model, form, id, release);
			}
			if (!"mine".equals(form.getChoice()) || form.getReplacing() == null) {
				result.rejectValue("choice", "choice", "Choose whether to keep your version or start from theirs");
				return conflict(officer, model, form, id, response);
			}
			form.setVersion(form.getReplacing());
		}
		try {
			this.drafting.save(officer, id, form);
			redirect.addFlashAttribute("notice", !release.published() ? "Changes saved"
					: form.isMinor() ? "Minor correction published" : "Update published");
			return "redirect:/press-office/releases/" + id;
		}
		catch (StaleVersion | OptimisticLockingFailureException conflict) {
			return conflict(officer, model, form, id, response);
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
		catch (DataAccessException | TransactionException failure) {
			return saveFailed(officer, model, form, id, correcting, response, failure);
		}
		return editor(model, form, release, officer);
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
		return editor(model, form, release, officer);
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

	/**
	 * Somebody else saved first: the officer's words stay in the form, the differences
	 * from the saved version are shown, and they must choose.
	 */
	private String conflict(PressOfficer officer, Model model, ReleaseForm form, long id,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		ReleaseForm saved = this.drafting.formFor(id);
		model.addAttribute("saved", saved);
		model.addAttribute("savedRevision", this.finder.latestSave(id).orElse(null));
		model.addAttribute("differences",
				List.of(PressOfficeFinder.diff("Title", saved.getTitle(), form.getTitle()),
						PressOfficeFinder.diff("Web address", saved.getSlug(), Objects.toString(form.getSlug(), "")),
						PressOfficeFinder.diff("Summary", saved.getSummary(), form.getSummary()),
						PressOfficeFinder.diff("Body", saved.getBody(), form.getBody())));
		form.setReplacing(saved.getVersion());
		form.setChoice(null);
		model.addAttribute("conflict", true);
		return editor(model, form, overview(id, officer), officer);
	}

	/**
	 * The editor with the saved version, and the officer's own words beside it to copy
	 * from: nothing they typed is lost.
	 */
	private String startFromTheirs(PressOfficer officer, Model model, ReleaseForm mine, long id, Overview release) {
		model.addAttribute("yours", mine);
		return editor(model, this.drafting.formFor(id), release, officer);
	}

	/**
	 * The database failed or did not answer in time: nothing was saved (the transaction
	 * rolled back), and the officer gets their words back with a 503, rather than the
	 * general error page.
	 */
	private String saveFailed(PressOfficer officer, Model model, ReleaseForm form, Long id, boolean correcting,
			HttpServletResponse response, RuntimeException failure) {
		log.warn("Release {} not saved: the database failed: {}", id, failure.toString());
		// 503 with Retry-After, the page held whole so that it is still what is sent
		// when saving the session fails too (a full disk).
		DatabaseUnavailable.answer(response);
		model.addAttribute("saveFailed", true);
		Overview release = null;
		if (id != null) {
			try {
				release = overview(id, officer);
			}
			catch (DataAccessException | TransactionException stillFailing) {
				// The page is built from the form alone.
			}
		}
		return page(model, form, id, correcting, release, officer);
	}

	private String editor(Model model, ReleaseForm form, Overview release, PressOfficer officer) {
		return page(model, form, (release != null) ? release.id() : null, release != null && release.published(),
				release, officer);
	}

	/**
	 * The editor page. Everything it reads from the database beyond the form is optional,
	 * so that it still shows the officer's words when the database has failed.
	 */
	private String page(Model model, ReleaseForm form, Long id, boolean correcting, Overview release,
			PressOfficer officer) {
		model.addAttribute("form", form);
		model.addAttribute("release", release);
		model.addAttribute("releaseId", id);
		model.addAttribute("correcting", correcting);
		model.addAttribute("slugLocked", release != null && !release.unpublished());
		model.addAttribute("formAction", (id == null) ? "/press-office/releases"
				: "/press-office/releases/" + id + (correcting ? "/correct" : ""));
		String heading = (id == null) ? "New release" : correcting ? "Update a published release" : "Edit release";
		model.addAttribute("heading", heading);
		model.addAttribute("pageTitle", (release == null) ? heading : heading + ": " + release.title());
		boolean conflict = Boolean.TRUE.equals(model.getAttribute("conflict"));
		model.addAttribute("conflict", conflict);
		model.addAttribute("kept", Boolean.TRUE.equals(model.getAttribute("kept")));
		model.addAttribute("saveFailed", Boolean.TRUE.equals(model.getAttribute("saveFailed")));
		// Corrections are not autosaved: readers would see them at once
		// (docs/decisions.md).
		model.addAttribute("autosave", release != null && release.can("EDIT") && !conflict);
		try {
			model.addAttribute("categories",
					this.categories.findAllByOrderByPositionAsc().stream().map(Category::toView).toList());
			model.addAttribute("areas",
					this.areas.findAllByOrderByNameAsc()
						.stream()
						.map((a) -> new Choice(a.getId(), a.getName()))
						.toList());
			model.addAttribute("operations",
					this.operations.findAll(Sort.by("name"))
						.stream()
						.map((o) -> new Choice(o.getId(), o.getName()))
						.toList());
			model.addAttribute("choices", true);
			model.addAttribute("editors", (id != null) ? this.openEditors.open(id, officer) : List.of());
		}
		catch (DataAccessException | TransactionException failure) {
			// Without the lists the form keeps the officer's choices in hidden fields.
			model.addAttribute("choices", false);
			model.addAttribute("editors", List.of());
		}
		if (Boolean.TRUE.equals(model.getAttribute("preview"))) {
			preview(model, form);
		}
		return EDIT;
	}

	/**
	 * The release as readers will see it, from the form: no change note is needed to look
	 * at a correction. The lead image is the release's own (it changes on its own form);
	 * the operation's results box shows once the operation itself is public.
	 */
	private void preview(Model model, ReleaseForm form) {
		model.addAttribute("previewHtml", ReleaseBody.toHtml(form.getBody()));
		model.addAttribute("previewAreas",
				this.areas.findAllById(form.getAreas()).stream().map(Area::getName).sorted().toList());
		model.addAttribute("previewCategory",
				this.categories.findBySlug(Objects.requireNonNullElse(form.getCategory(), ""))
					.map(Category::getName)
					.orElse(null));
		model.addAttribute("previewOperation", (form.getOperationId() != null)
				? this.operationFinder.publicSummary(form.getOperationId()).orElse(null) : null);
	}

	private Overview overview(long id, PressOfficer officer) {
		return this.finder.overview(id, Actor.of(officer)).orElseThrow(() -> new NoSuchRelease(id));
	}

	/** An option in a list of checkboxes or a select. */
	record Choice(long id, String name) {

	}

}
