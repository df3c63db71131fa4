package uk.policenewsroom.releases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.releases.OfficeViews.Overview;
import uk.policenewsroom.site.LondonTime;
import uk.policenewsroom.site.SiteProperties;

/**
 * The review and publishing workflow in the press office. Every form names the version it
 * was decided on; irreversible steps (publish now, publish without review, withdraw,
 * remove, delete a draft) go through a confirmation page, and a post that did not come
 * from it is sent there. Refusals are turned into HTTP in {@link ReleaseOfficeAdvice}.
 */
@Controller
class ReleaseWorkflowController {

	private static final String CONFIRM = "releases/office/confirm";

	private final PressOfficeFinder finder;

	private final Publishing publishing;

	private final Drafting drafting;

	private final EmbargoSharing embargoes;

	private final SiteProperties site;

	private final Clock clock;

	private final ReviewPage reviewPage;

	ReleaseWorkflowController(PressOfficeFinder finder, Publishing publishing, Drafting drafting,
			EmbargoSharing embargoes, SiteProperties site, Clock clock, ReviewPage reviewPage) {
		this.reviewPage = reviewPage;
		this.finder = finder;
		this.publishing = publishing;
		this.drafting = drafting;
		this.embargoes = embargoes;
		this.site = site;
		this.clock = clock;
	}

	@PostMapping("/press-office/releases/{id}/submit")
	String submit(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@ModelAttribute("decision") DecisionForm form, RedirectAttributes redirect) {
		this.publishing.submit(officer, form.decision(id));
		List<LegalRisks.LegalWarning> warnings = overview(id, officer).warnings();
		redirect.addFlashAttribute("notice", warnings.isEmpty() ? "Submitted for review"
				: "Submitted for review. An editor must acknowledge the legal warnings: "
						+ warnings.stream().map((warning) -> warning.rule().title()).collect(Collectors.joining("; ")));
		return back(id);
	}

	@PostMapping("/press-office/releases/{id}/reject")
	String reject(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return withReason(officer, id, form, result, model, redirect,
				"Say why the release is rejected, so the writer can fix it", this.publishing::reject,
				"Rejected: the writer can see your comment");
	}

	@GetMapping("/press-office/releases/{id}/confirm-publish")
	String confirmPublish(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, Model model) {
		return confirmation(officer, id, Step.PUBLISH, fresh(officer, id, null), model);
	}

	@PostMapping("/press-office/releases/{id}/publish")
	String publish(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@ModelAttribute("decision") DecisionForm form, RedirectAttributes redirect) {
		return confirmed(id, Step.PUBLISH, form, redirect, "Published", () -> {
			this.publishing.publish(officer, form.decision(id));
			return back(id);
		});
	}

	@GetMapping("/press-office/releases/{id}/confirm-publish-without-review")
	String confirmPublishWithoutReview(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			Model model) {
		return confirmation(officer, id, Step.PUBLISH_WITHOUT_REVIEW, fresh(officer, id, null), model);
	}

	@PostMapping("/press-office/releases/{id}/publish-without-review")
	String publishWithoutReview(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!form.isConfirmed()) {
			return toConfirmation(id, Step.PUBLISH_WITHOUT_REVIEW, null);
		}
		if (needsText(form, result, "Give the reason for publishing without review")) {
			return confirmation(officer, id, Step.PUBLISH_WITHOUT_REVIEW, form, model);
		}
		this.publishing.publishWithoutReview(officer, form.decision(id), form.getText());
		redirect.addFlashAttribute("notice", "Published without review: another editor must approve it");
		return back(id);
	}

	@PostMapping("/press-office/releases/{id}/schedule")
	String schedule(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@ModelAttribute("decision") DecisionForm form, @ModelAttribute("scheduleForm") ScheduleForm schedule,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Instant at = schedule.read(result, this.clock);
		if (at == null) {
			return review(officer, id, model);
		}
		this.publishing.schedule(officer, form.decision(id), at);
		redirect.addFlashAttribute("notice", "Scheduled for " + LondonTime.of(at).text());
		return back(id);
	}

	@PostMapping("/press-office/releases/{id}/unschedule")
	String unschedule(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@ModelAttribute("decision") DecisionForm form, RedirectAttributes redirect) {
		this.publishing.unschedule(officer, form.decision(id));
		redirect.addFlashAttribute("notice", "Unscheduled: it is back awaiting review");
		return back(id);
	}

	@PostMapping("/press-office/releases/{id}/approve")
	String approve(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@ModelAttribute("decision") DecisionForm form, RedirectAttributes redirect) {
		this.publishing.approve(officer, form.decision(id));
		redirect.addFlashAttribute("notice", "Approved");
		return back(id);
	}

	@GetMapping("/press-office/releases/{id}/confirm-withdraw")
	String confirmWithdraw(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(required = false) TakeDownReason reason, Model model) {
		return confirmation(officer, id, Step.WITHDRAW, fresh(officer, id, reason), model);
	}

	@PostMapping("/press-office/releases/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return takeDown(officer, id, Step.WITHDRAW, form, result, model, redirect,
				"Explain to readers why the release is withdrawn", this.publishing::withdraw,
				"Withdrawn: the page now says so, and it has left the lists");
	}

	@GetMapping("/press-office/releases/{id}/confirm-remove")
	String confirmRemove(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(required = false) TakeDownReason reason, Model model) {
		return confirmation(officer, id, Step.REMOVE, fresh(officer, id, reason), model);
	}

	@PostMapping("/press-office/releases/{id}/remove")
	String remove(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return takeDown(officer, id, Step.REMOVE, form, result, model, redirect,
				"Write the notice readers will see at the address", this.publishing::remove,
				"Removed: its address now shows only your notice, and its words and image are no longer public");
	}

	/**
	 * Withdrawal and removal alike: without the confirmation and a reason, back to the
	 * confirmation page; without the words readers will see, the page again with the
	 * error; otherwise the step, then the release's page with a notice.
	 */
	private String takeDown(PressOfficer officer, long id, Step step, DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect, String textNeeded, TakeDown action, String notice) {
		if (!form.isConfirmed() || form.getReason() == null) {
			return toConfirmation(id, step, form.getReason());
		}
		if (needsText(form, result, textNeeded)) {
			return confirmation(officer, id, step, form, model);
		}
		action.apply(officer, form.decision(id), form.getReason(), form.getText());
		redirect.addFlashAttribute("notice", notice);
		return back(id);
	}

	/**
	 * A decision taken on the review page that needs its reason in words (reject,
	 * restore): without it, the review page again with the error at the field.
	 */
	private String withReason(PressOfficer officer, long id, DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, String textNeeded, Reasoned action, String notice) {
		if (needsText(form, result, textNeeded)) {
			return review(officer, id, model);
		}
		action.apply(officer, form.decision(id), form.getText());
		redirect.addFlashAttribute("notice", notice);
		return back(id);
	}

	/**
	 * A step taken only from its confirmation page: a post without {@code confirmed} (a
	 * forged or hurried one) leads to that page; otherwise the step, which says where to
	 * go next.
	 */
	private static String confirmed(long id, Step step, DecisionForm form, RedirectAttributes redirect, String notice,
			Supplier<String> action) {
		if (!form.isConfirmed()) {
			return toConfirmation(id, step, null);
		}
		String next = action.get();
		redirect.addFlashAttribute("notice", notice);
		return next;
	}

	/** {@code Publishing.reject} or {@code Publishing.restore}. */
	@FunctionalInterface
	private interface Reasoned {

		void apply(PressOfficer officer, Publishing.Decision decision, String text);

	}

	/** {@code Publishing.withdraw} or {@code Publishing.remove}. */
	@FunctionalInterface
	private interface TakeDown {

		void apply(PressOfficer officer, Publishing.Decision decision, TakeDownReason reason, String text);

	}

	@PostMapping("/press-office/releases/{id}/restore")
	String restore(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return withReason(officer, id, form, result, model, redirect, "Say why the release is being restored",
				this.publishing::restore, "Restored");
	}

	@GetMapping("/press-office/releases/{id}/confirm-delete")
	String confirmDelete(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id, Model model) {
		return confirmation(officer, id, Step.DELETE, fresh(officer, id, null), model);
	}

	@PostMapping("/press-office/releases/{id}/delete")
	String delete(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@ModelAttribute("decision") DecisionForm form, RedirectAttributes redirect) {
		return confirmed(id, Step.DELETE, form, redirect, "Draft deleted", () -> {
			this.drafting.delete(officer, id, form.getVersion());
			return "redirect:/press-office";
		});
	}

	/**
	 * A new embargo link. Its address is shown once, on the next page: only its hash is
	 * kept.
	 */
	@PostMapping("/press-office/releases/{id}/embargo-links")
	String shareUnderEmbargo(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid @ModelAttribute("embargoLinkForm") EmbargoLinkForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return review(officer, id, model);
		}
		String token = this.embargoes.share(officer, id, form);
		redirect.addFlashAttribute("notice",
				"Embargo link made: copy it now, it is shown only once. Share it only with people under embargo");
		redirect.addFlashAttribute("newEmbargoLink", this.site.baseUrl() + "/preview/" + token);
		return back(id);
	}

	@PostMapping("/press-office/releases/{id}/embargo-links/{linkId}/cancel")
	String cancelEmbargoLink(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@PathVariable long linkId, RedirectAttributes redirect) {
		this.embargoes.cancel(officer, id, linkId);
		redirect.addFlashAttribute("notice", "Embargo link cancelled: it no longer shows the release");
		return back(id);
	}

	/** The legal checks, in plain words, for everyone in the press office to read. */
	@GetMapping("/press-office/legal-checks")
	String legalChecks(Model model) {
		model.addAttribute("rules", LegalRule.values());
		return "releases/office/legal-checks";
	}

	/**
	 * The confirmation page: what will happen, the legal warnings to acknowledge, and the
	 * words it needs; only if this officer may take the step now.
	 */
	private String confirmation(PressOfficer officer, long id, Step step, DecisionForm form, Model model) {
		Overview release = overview(id, officer);
		if (!release.can(step.action().name())) {
			throw this.finder.refusal(id, Actor.of(officer), step.action());
		}
		if (form.getText() == null && form.getReason() != null) {
			form.setText(form.getReason().wording());
		}
		model.addAttribute("release", release);
		model.addAttribute("step", step);
		model.addAttribute("decision", form);
		model.addAttribute("reasons", TakeDownReason.values());
		return CONFIRM;
	}

	/** A new form for the release as it is now: its version and revision. */
	private DecisionForm fresh(PressOfficer officer, long id, TakeDownReason reason) {
		Overview release = overview(id, officer);
		DecisionForm form = new DecisionForm();
		form.setVersion(release.version());
		form.setRevision(release.revision());
		form.setReason(reason);
		return form;
	}

	private static boolean needsText(DecisionForm form, BindingResult result, String message) {
		if (!form.hasText()) {
			result.rejectValue("text", "required", message);
		}
		return result.hasErrors();
	}

	private static String toConfirmation(long id, Step step, TakeDownReason reason) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/press-office/releases/{id}/confirm-" + step.path());
		if (reason != null) {
			url.queryParam("reason", reason.name());
		}
		return "redirect:" + url.buildAndExpand(id).toUriString();
	}

	private String review(PressOfficer officer, long id, Model model) {
		return this.reviewPage.again(officer, id, model);
	}

	private Overview overview(long id, PressOfficer officer) {
		return this.finder.overview(id, Actor.of(officer)).orElseThrow(() -> new NoSuchRelease(id));
	}

	private static String back(long id) {
		return "redirect:/press-office/releases/" + id;
	}

	/** The steps that are confirmed first, and what their pages say. */
	enum Step {

		PUBLISH(ReleaseAction.PUBLISH, "publish", "Publish now", "publish",
				"The release goes on the site at once, in the lists, on the home page and in the news feed. Embargo links send readers to it from then on."),

		PUBLISH_WITHOUT_REVIEW(ReleaseAction.PUBLISH_WITHOUT_REVIEW, "publish-without-review", "Publish without review",
				"publish-without-review",
				"The release goes on the site at once without a second pair of eyes. It stays marked as not reviewed on every editor's dashboard until an editor who had no hand in it approves it."),

		WITHDRAW(ReleaseAction.WITHDRAW, "withdraw", "Withdraw", "withdraw",
				"The release leaves the lists, the home page and the news feed. Its page stays up with its words and image, under your explanation. An editor can restore it."),

		REMOVE(ReleaseAction.REMOVE, "remove", "Remove for legal reasons", "remove",
				"The release is taken off the site: its address answers “Gone” with only your notice, without its title, words or image; the image is no longer served; it leaves every list and feed. An editor can restore it."),

		DELETE(ReleaseAction.DELETE, "delete", "Delete draft", "delete",
				"The draft and its history are deleted for good. This cannot be undone.");

		private final ReleaseAction action;

		private final String path;

		private final String title;

		private final String postPath;

		private final String consequence;

		Step(ReleaseAction action, String path, String title, String postPath, String consequence) {
			this.action = action;
			this.path = path;
			this.title = title;
			this.postPath = postPath;
			this.consequence = consequence;
		}

		ReleaseAction action() {
			return this.action;
		}

		String path() {
			return this.path;
		}

		public String title() {
			return this.title;
		}

		public String postPath() {
			return this.postPath;
		}

		public String consequence() {
			return this.consequence;
		}

		/** Whether the step needs words from the editor. */
		public boolean needsText() {
			return this == PUBLISH_WITHOUT_REVIEW || this == WITHDRAW || this == REMOVE;
		}

		/** Whether the step needs a reason chosen from the list. */
		public boolean needsReason() {
			return this == WITHDRAW || this == REMOVE;
		}

		/** Whether the legal warnings must be acknowledged for this step. */
		public boolean needsAcknowledgement() {
			return this == PUBLISH || this == PUBLISH_WITHOUT_REVIEW;
		}

		public String textLabel() {
			return switch (this) {
				case PUBLISH_WITHOUT_REVIEW -> "Why it cannot wait for review";
				case WITHDRAW -> "Explanation for readers, shown above the release";
				case REMOVE -> "Notice for readers, the only thing shown at the address";
				default -> "";
			};
		}

	}

}
