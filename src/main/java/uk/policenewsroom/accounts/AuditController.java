package uk.policenewsroom.accounts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uk.policenewsroom.site.LondonTime;
import uk.policenewsroom.site.PageNumber;

/**
 * Admins read and filter the audit log.
 */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditEvents events;

	AuditController(AuditEvents events) {
		this.events = events;
	}

	@GetMapping("/press-office/audit")
	String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, PageNumber page, Model model) {
		LocalDate fromDate = date(from);
		LocalDate toDate = date(to);
		Page<AuditEvent> found = page.require(this.events.search(blankToNull(actor), blankToNull(action),
				blankToNull(subject), (fromDate != null) ? fromDate.atStartOfDay(LondonTime.ZONE).toInstant() : null,
				(toDate != null) ? toDate.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant() : null,
				page.of(PAGE_SIZE)));
		model.addAttribute("events", found
			.map((event) -> new EventView(LondonTime.of(event.getHappenedAt()), event.getActorName(), event.getAction(),
					event.getSubjectType(), event.getSubjectId(), event.getSubjectLabel(), event.getDetails()))
			.getContent());
		model.addAttribute("page", page.number());
		model.addAttribute("totalPages", Math.max(1, found.getTotalPages()));
		model.addAttribute("actions", this.events.actions());
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("subject", subject);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "accounts/audit";
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Dates are written like 2026-03-18");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	record EventView(LondonTime.Shown at, String actor, String action, String subjectType, Long subjectId,
			String subjectLabel, String details) {

	}

}
