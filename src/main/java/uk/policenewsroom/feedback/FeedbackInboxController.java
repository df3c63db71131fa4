package uk.policenewsroom.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.site.LondonTime;
import uk.policenewsroom.site.PageNumber;

/**
 * The press office's feedback inbox: read and filter what visitors sent, mark it read or
 * actioned, export it as CSV. Editors and admins only (by URL, in the security
 * configuration).
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

	@GetMapping
	String inbox(@RequestParam(required = false) String path, @RequestParam(required = false) String rating,
			@RequestParam(required = false) String status, PageNumber page, Model model) {
		InboxFilter filter = filter(path, rating, status);
		Page<FeedbackView> found = page.require(this.finder.inbox(filter, page));
		model.addAttribute("feedback", found.getContent());
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("filter", filter);
		model.addAttribute("page", page.number());
		model.addAttribute("totalPages", Math.max(1, found.getTotalPages()));
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("statuses", FeedbackStatus.values());
		return "feedback/inbox";
	}

	@PostMapping("/{id}/read")
	String markRead(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(required = false) String path, @RequestParam(required = false) String rating,
			@RequestParam(required = false) String status, PageNumber page, RedirectAttributes redirect) {
		return mark(officer, id, FeedbackStatus.READ, filter(path, rating, status), page, redirect);
	}

	@PostMapping("/{id}/actioned")
	String markActioned(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(required = false) String path, @RequestParam(required = false) String rating,
			@RequestParam(required = false) String status, PageNumber page, RedirectAttributes redirect) {
		return mark(officer, id, FeedbackStatus.ACTIONED, filter(path, rating, status), page, redirect);
	}

	@PostMapping("/{id}/new")
	String markNew(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(required = false) String path, @RequestParam(required = false) String rating,
			@RequestParam(required = false) String status, PageNumber page, RedirectAttributes redirect) {
		return mark(officer, id, FeedbackStatus.NEW, filter(path, rating, status), page, redirect);
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String path,
			@RequestParam(required = false) String rating, @RequestParam(required = false) String status) {
		InboxFilter filter = filter(path, rating, status);
		byte[] csv = FeedbackCsv.of(this.finder.all(filter)).getBytes(StandardCharsets.UTF_8);
		String filename = "feedback-" + LocalDate.now(this.clock.withZone(LondonTime.ZONE)) + ".csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(csv);
	}

	private String mark(PressOfficer officer, long id, FeedbackStatus next, InboxFilter filter, PageNumber page,
			RedirectAttributes redirect) {
		try {
			boolean changed = this.triage.mark(officer, id, next);
			redirect.addFlashAttribute("notice", changed ? "Marked as " + next.label().toLowerCase(Locale.ROOT)
					: "It was already marked as " + next.label().toLowerCase(Locale.ROOT));
		}
		catch (NoSuchElementException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		addIfPresent(redirect, "path", filter.path());
		addIfPresent(redirect, "rating", filter.ratingParam());
		addIfPresent(redirect, "status", filter.statusParam());
		if (!page.isFirst()) {
			redirect.addAttribute("page", page.number());
		}
		return "redirect:/press-office/feedback";
	}

	private static void addIfPresent(RedirectAttributes redirect, String name, String value) {
		if (value != null) {
			redirect.addAttribute(name, value);
		}
	}

	private static InboxFilter filter(String path, String rating, String status) {
		try {
			return InboxFilter.of(path, rating, status);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

}
