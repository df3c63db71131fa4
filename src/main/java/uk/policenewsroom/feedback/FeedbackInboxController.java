package uk.policenewsroom.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.springframework.data.domain.Page;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.site.LondonTime;
import uk.policenewsroom.site.PageNumber;
import uk.policenewsroom.site.SpreadsheetCsv;

/**
 * The press office's feedback inbox: read, search and filter what visitors sent, mark it
 * read, actioned or spam (one at a time or several at once), export it as CSV. Editors
 * and admins only (by URL, in the security configuration).
 */
@Controller
@RequestMapping("/press-office/feedback")
class FeedbackInboxController {

	private final FeedbackFinder finder;

	private final FeedbackTriage triage;

	private final Clock clock;

	FeedbackInboxController(FeedbackFinder finder, FeedbackTriage triage, Clock clock) {
		this.finder = finder;
		this.triage = triage;
		this.clock = clock;
	}

	@ModelAttribute("filterForm")
	InboxFilterForm filterForm() {
		return new InboxFilterForm();
	}

	@GetMapping
	String inbox(@ModelAttribute("filterForm") InboxFilterForm form, BindingResult result, PageNumber page,
			Model model) {
		InboxFilter filter = filter(form, result);
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("statuses", FeedbackStatus.values());
		model.addAttribute("params", form.params());
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		form.params().forEach(query::queryParam);
		model.addAttribute("query", query.encode().build().getQuery());
		model.addAttribute("invalid", filter == null);
		if (filter == null) {
			model.addAttribute("feedback", List.of());
			model.addAttribute("total", 0L);
			model.addAttribute("page", 1);
			model.addAttribute("totalPages", 1);
			return "feedback/inbox";
		}
		Page<FeedbackView> found = page.require(this.finder.inbox(filter, page));
		model.addAttribute("feedback", found.getContent());
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("page", page.number());
		model.addAttribute("totalPages", Math.max(1, found.getTotalPages()));
		return "feedback/inbox";
	}

	@PostMapping("/{id}/{next:new|read|actioned|spam}")
	String mark(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@PathVariable("next") String nextCode, @ModelAttribute("filterForm") InboxFilterForm form,
			BindingResult result, PageNumber page, RedirectAttributes redirect) {
		filter(form, result);
		FeedbackStatus next = FeedbackStatus.fromCode(nextCode);
		try {
			boolean changed = this.triage.mark(officer, id, next);
			redirect.addFlashAttribute("notice", changed ? "Marked as " + next.label().toLowerCase(Locale.ROOT)
					: "It was already marked as " + next.label().toLowerCase(Locale.ROOT));
		}
		catch (NoSuchElementException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return backToTheList(form, page, redirect);
	}

	/** Marks every selected piece of feedback with the status of the button pressed. */
	@PostMapping("/bulk")
	String markSelected(@AuthenticationPrincipal PressOfficer officer,
			@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam String to,
			@ModelAttribute("filterForm") InboxFilterForm form, BindingResult result, PageNumber page,
			RedirectAttributes redirect) {
		filter(form, result);
		FeedbackStatus next = FeedbackStatus.fromCode(to);
		if (next == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A status is new, read, actioned or spam");
		}
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("problem", "Select the feedback to mark, then choose how to mark it");
		}
		else {
			int changed = this.triage.markAll(officer, ids, next);
			redirect.addFlashAttribute("notice",
					((changed == 1) ? "1 piece of feedback" : changed + " pieces of feedback") + " marked as "
							+ next.label().toLowerCase(Locale.ROOT));
		}
		return backToTheList(form, page, redirect);
	}

	@GetMapping("/export.csv")
	Object export(@ModelAttribute("filterForm") InboxFilterForm form, BindingResult result, Model model) {
		InboxFilter filter = filter(form, result);
		if (filter == null) {
			return inbox(form, result, PageNumber.FIRST, model);
		}
		String filename = "feedback-" + LocalDate.now(this.clock.withZone(LondonTime.ZONE)) + ".csv";
		return SpreadsheetCsv.attachment(filename, FeedbackCsv.of(this.finder.all(filter)));
	}

	private static String backToTheList(InboxFilterForm form, PageNumber page, RedirectAttributes redirect) {
		form.params().forEach(redirect::addAttribute);
		if (!page.isFirst()) {
			redirect.addAttribute("page", page.number());
		}
		return "redirect:/press-office/feedback";
	}

	/** The filter, null for a wrong date; a value the form cannot send is a 400. */
	private static InboxFilter filter(InboxFilterForm form, BindingResult result) {
		try {
			return form.read(result);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

}
