package uk.policenewsroom.releases;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.Operations;
import uk.policenewsroom.releases.OfficeViews.Overview;
import uk.policenewsroom.releases.images.ImageRefusedException;
import uk.policenewsroom.site.LondonTime;

/**
 * The press office's release pages: dashboard, editor, review and publishing actions,
 * history. Who may do what is decided by URL in the security configuration and by the
 * workflow rules on {@link Release}.
 */
@Controller
class PressOfficeController {

	private static final String EDIT = "releases/office/edit";

	private final PressOfficeFinder finder;

	private final Drafting drafting;

	private final Publishing publishing;

	private final Categories categories;

	private final Areas areas;

	private final Operations operations;

	PressOfficeController(PressOfficeFinder finder, Drafting drafting, Publishing publishing, Categories categories,
			Areas areas, Operations operations) {
		this.finder = finder;
		this.drafting = drafting;
		this.publishing = publishing;
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
	String show(@PathVariable long id, Model model) {
		model.addAttribute("release", overview(id));
		return "releases/office/show";
	}

	@GetMapping("/press-office/releases/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Overview release = overview(id);
		if (!release.editable()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "This release cannot be changed now");
		}
		return editor(model, this.drafting.formFor(id), release);
	}

	@PostMapping("/press-office/releases/{id}")
	String save(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid @ModelAttribute("form") ReleaseForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		return saveOrShowAgain(id, form, result, action, model, redirect, "Changes saved",
				() -> this.drafting.save(officer, id, form));
	}

	@PostMapping("/press-office/releases/{id}/correct")
	String correct(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid @ModelAttribute("form") ReleaseForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		if (!form.isMinor() && (form.getChangeNote() == null || form.getChangeNote().isBlank())) {
			result.rejectValue("changeNote", "required", "Say what changed: readers will see this note");
		}
		return saveOrShowAgain(id, form, result, action, model, redirect,
				form.isMinor() ? "Minor correction published" : "Update published",
				() -> this.publishing.correct(officer, id, form));
	}

	/**
	 * Saves, or shows the editor again with the officer's words: for a preview, for
	 * errors, or with both texts when somebody else saved first.
	 */
	private String saveOrShowAgain(long id, ReleaseForm form, BindingResult result, String action, Model model,
			RedirectAttributes redirect, String done, Runnable save) {
		Overview release = overview(id);
		if (action.equals("preview") || result.hasErrors()) {
			return editor(model, form, release, action.equals("preview"));
		}
		try {
			save.run();
			redirect.addFlashAttribute("notice", done);
			return "redirect:/press-office/releases/" + id;
		}
		catch (EditConflict | OptimisticLockingFailureException conflict) {
			return conflict(model, form, id);
		}
		catch (FormProblem problem) {
			result.rejectValue(problem.field(), "release", problem.getMessage());
		}
		catch (WorkflowException problem) {
			result.reject("workflow", problem.getMessage());
		}
		return editor(model, form, release);
	}

	@PostMapping("/press-office/releases/{id}/submit")
	String submit(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "Submitted for review", () -> this.publishing.submit(officer, id));
	}

	@PostMapping("/press-office/releases/{id}/reject")
	String reject(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		return act(id, redirect, "Rejected: the writer can see your comment",
				() -> this.publishing.reject(officer, id, limit(comment, 2000)));
	}

	@PostMapping("/press-office/releases/{id}/publish")
	String publish(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean withoutReview, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		if (withoutReview) {
			return act(id, redirect, "Published without review: another editor must approve it",
					() -> this.publishing.publishWithoutReview(officer, id, limit(reason, 1000)));
		}
		return act(id, redirect, "Published", () -> this.publishing.publish(officer, id));
	}

	@PostMapping("/press-office/releases/{id}/schedule")
	String schedule(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String time,
			RedirectAttributes redirect) {
		Instant at;
		try {
			at = ZonedDateTime.of(LocalDate.parse(date.strip()), LocalTime.parse(time.strip()), LondonTime.ZONE)
				.toInstant();
		}
		catch (DateTimeException ex) {
			redirect.addFlashAttribute("problem", "Enter the date like 2026-03-18 and the time like 09:30");
			return "redirect:/press-office/releases/" + id;
		}
		return act(id, redirect, "Scheduled for " + LondonTime.of(at).text(),
				() -> this.publishing.schedule(officer, id, at));
	}

	@PostMapping("/press-office/releases/{id}/unschedule")
	String unschedule(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			RedirectAttributes redirect) {
		return act(id, redirect, "Unscheduled: it is back awaiting review",
				() -> this.publishing.unschedule(officer, id));
	}

	@PostMapping("/press-office/releases/{id}/approve")
	String approve(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "Approved", () -> this.publishing.approve(officer, id));
	}

	@PostMapping("/press-office/releases/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(defaultValue = "") String explanation, RedirectAttributes redirect) {
		return act(id, redirect, "Withdrawn: the page now says so",
				() -> this.publishing.withdraw(officer, id, limit(explanation, 2000)));
	}

	@PostMapping("/press-office/releases/{id}/delete")
	String delete(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.drafting.delete(officer, id);
		}
		catch (WorkflowException problem) {
			redirect.addFlashAttribute("problem", problem.getMessage());
			return "redirect:/press-office/releases/" + id;
		}
		redirect.addFlashAttribute("notice", "Draft deleted");
		return "redirect:/press-office";
	}

	@PostMapping("/press-office/releases/{id}/image")
	String image(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String alt,
			@RequestParam(defaultValue = "") String caption, @RequestParam(defaultValue = "") String credit,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem", "Choose an image file to upload");
			return "redirect:/press-office/releases/" + id + "#image";
		}
		if (alt.length() > 300 || caption.length() > 500 || credit.length() > 200) {
			redirect.addFlashAttribute("problem",
					"Keep the description under 300 characters, the caption under 500 and the credit under 200");
			return "redirect:/press-office/releases/" + id + "#image";
		}
		try (InputStream upload = file.getInputStream()) {
			this.drafting.showImage(officer, id, upload, file.getSize(), alt, caption, credit);
			redirect.addFlashAttribute("notice", "Image added");
		}
		catch (ImageRefusedException | WorkflowException problem) {
			redirect.addFlashAttribute("problem", problem.getMessage());
		}
		return "redirect:/press-office/releases/" + id + "#image";
	}

	@PostMapping("/press-office/releases/{id}/image/remove")
	String removeImage(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			RedirectAttributes redirect) {
		return act(id, redirect, "Image removed", () -> this.drafting.removeImage(officer, id));
	}

	@PostMapping("/press-office/releases/{id}/preview-link")
	String previewLink(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			RedirectAttributes redirect) {
		return act(id, redirect, "Preview link ready: share it only with people under embargo",
				() -> this.drafting.sharePreview(officer, id));
	}

	@GetMapping("/press-office/releases/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("release", overview(id));
		model.addAttribute("revisions", this.finder.history(id));
		return "releases/office/history";
	}

	@GetMapping("/press-office/releases/{id}/compare")
	String compare(@PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
		model.addAttribute("release", overview(id));
		ReleaseRevision older = revision(id, Math.min(from, to));
		ReleaseRevision newer = revision(id, Math.max(from, to));
		model.addAttribute("from", older.getNumber());
		model.addAttribute("to", newer.getNumber());
		model.addAttribute("diffs", this.finder.compare(older, newer));
		return "releases/office/compare";
	}

	/**
	 * Opens the editor with an old revision's words; nothing is saved until the officer
	 * saves.
	 */
	@GetMapping("/press-office/releases/{id}/revisions/{number}/restore")
	String restore(@PathVariable long id, @PathVariable int number, Model model) {
		Overview release = overview(id);
		if (!release.editable()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "This release cannot be changed now");
		}
		ReleaseRevision old = revision(id, number);
		ReleaseForm form = this.drafting.formFor(id);
		form.setTitle(old.getTitle());
		form.setSummary(old.getSummary());
		form.setBody(old.getBody());
		model.addAttribute("restoring", number);
		return editor(model, form, release);
	}

	@GetMapping("/press-office/releases/{id}/preview")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("release", overview(id));
		return "releases/office/preview";
	}

	private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (WorkflowException | OptimisticLockingFailureException problem) {
			redirect.addFlashAttribute("problem", (problem instanceof WorkflowException) ? problem.getMessage()
					: "Somebody else changed the release at the same moment. Check it and try again.");
		}
		return "redirect:/press-office/releases/" + id;
	}

	private String conflict(Model model, ReleaseForm form, long id) {
		ReleaseForm saved = this.drafting.formFor(id);
		Overview release = overview(id);
		model.addAttribute("saved", saved);
		model.addAttribute("savedRevision", this.finder.history(id).stream().findFirst().orElse(null));
		form.setVersion(saved.getVersion());
		return editor(model, form, release, false, true);
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

	private Overview overview(long id) {
		return this.finder.overview(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ReleaseRevision revision(long id, int number) {
		return this.finder.revision(id, number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String limit(String text, int max) {
		if (text.length() > max) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "That is too long");
		}
		return text;
	}

	/** An option in a list of checkboxes or a select. */
	record Choice(long id, String name) {

	}

}
