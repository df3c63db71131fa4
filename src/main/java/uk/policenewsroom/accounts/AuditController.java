package uk.policenewsroom.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import uk.policenewsroom.accounts.AuditFilterForm.Filter;
import uk.policenewsroom.site.LondonTime;
import uk.policenewsroom.site.PageNumber;
import uk.policenewsroom.site.SpreadsheetCsv;

/**
 * Admins read, filter and export the audit log: actions in plain words, officers by name,
 * and the trail of one release, operation or account.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	static final int MOST_EXPORTED = 50_000;

	static final String CSV_HEADER = "happened_at,happened_london,who,who_email,action,action_code,about,about_id,about_label,details";

	private static final DateTimeFormatter LONDON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	private final AuditEvents events;

	private final Accounts accounts;

	private final Clock clock;

	AuditController(AuditEvents events, Accounts accounts, Clock clock) {
		this.events = events;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/press-office/audit")
	String audit(@ModelAttribute("filter") AuditFilterForm form, BindingResult result, PageNumber page, Model model) {
		return page(form.read(result), page, model);
	}

	/** The filtered log as CSV; with a wrong date, the page with the error instead. */
	@GetMapping("/press-office/audit/export.csv")
	Object export(@ModelAttribute("filter") AuditFilterForm form, BindingResult result, Model model) {
		Filter filter = form.read(result);
		if (filter == null) {
			return page(null, PageNumber.FIRST, model);
		}
		SpreadsheetCsv csv = SpreadsheetCsv.forExcelWithHeader(List.of(CSV_HEADER.split(",")));
		for (EventView event : views(search(filter, PageRequest.of(0, MOST_EXPORTED)).getContent())) {
			var at = event.at().instant().truncatedTo(ChronoUnit.SECONDS);
			csv.row(at.toString(), LONDON.format(at.atZone(LondonTime.ZONE)), event.actor(), event.actorEmail(),
					event.action(), event.code(), event.subject(),
					(event.subjectId() != null) ? event.subjectId().toString() : null, event.subjectLabel(),
					event.details());
		}
		String filename = "audit-" + LocalDate.now(this.clock.withZone(LondonTime.ZONE)) + ".csv";
		return SpreadsheetCsv.attachment(filename, csv.toString());
	}

	/**
	 * The audit page; a null filter (a wrong date) shows the form's errors and no events.
	 */
	private String page(Filter filter, PageNumber page, Model model) {
		model.addAttribute("actions", actionChoices());
		model.addAttribute("subjects",
				this.events.subjectTypes()
					.stream()
					.map((type) -> new Choice(type, AuditActions.subject(type)))
					.toList());
		model.addAttribute("query",
				ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build().getQuery());
		model.addAttribute("invalid", filter == null);
		if (filter == null) {
			model.addAttribute("events", List.of());
			model.addAttribute("page", 1);
			model.addAttribute("totalPages", 1);
			return "accounts/audit";
		}
		Page<AuditEvent> found = page.require(search(filter, page.of(PAGE_SIZE)));
		List<EventView> views = views(found.getContent());
		model.addAttribute("events", views);
		model.addAttribute("page", page.number());
		model.addAttribute("totalPages", Math.max(1, found.getTotalPages()));
		if (filter.subjectType() != null && filter.subjectId() != null) {
			model.addAttribute("trailOf",
					AuditActions.subject(filter.subjectType()) + ": "
							+ views.stream()
								.map(EventView::subjectLabel)
								.filter(Objects::nonNull)
								.findFirst()
								.orElse("#" + filter.subjectId()));
		}
		return "accounts/audit";
	}

	private Page<AuditEvent> search(Filter filter, Pageable page) {
		return this.events.search(filter, page);
	}

	/** Every action recorded so far, and every one with a label, by label. */
	private List<Choice> actionChoices() {
		Set<String> codes = new TreeSet<>(this.events.actions());
		return codes.stream()
			.map((code) -> new Choice(code, AuditActions.label(code)))
			.sorted(Comparator.comparing(Choice::label))
			.toList();
	}

	private List<EventView> views(List<AuditEvent> events) {
		Set<Long> actorIds = events.stream()
			.map(AuditEvent::getActorId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, String> names = this.accounts.findAllById(actorIds)
			.stream()
			.collect(Collectors.toMap(Account::getId, Account::getDisplayName));
		List<EventView> views = new ArrayList<>(events.size());
		for (AuditEvent event : events) {
			String actor = (event.getActorId() == null) ? "The system"
					: names.getOrDefault(event.getActorId(), event.getActorName());
			views.add(new EventView(LondonTime.of(event.getHappenedAt()), actor,
					(event.getActorId() != null) ? event.getActorName() : null, AuditActions.label(event.getAction()),
					event.getAction(), event.getSubjectType(), AuditActions.subject(event.getSubjectType()),
					event.getSubjectId(), event.getSubjectLabel(), event.getDetails()));
		}
		return views;
	}

	record Choice(String value, String label) {

	}

	/**
	 * @param actor the officer's name now (the recorded email if the account is gone)
	 * @param actorEmail the email recorded with the event
	 * @param action the action in plain words; {@code code} is the code recorded
	 */
	record EventView(LondonTime.Shown at, String actor, String actorEmail, String action, String code,
			String subjectType, String subject, Long subjectId, String subjectLabel, String details) {

		/** The press-office page of what the event is about, if it has one. */
		public String subjectHref() {
			if (this.subjectId == null) {
				return null;
			}
			return switch (this.subjectType) {
				case "release" -> "/press-office/releases/" + this.subjectId;
				case "operation" -> "/press-office/operations/" + this.subjectId;
				case "account" -> "/press-office/accounts/" + this.subjectId;
				default -> null;
			};
		}

		/** Whether a trail of this event's subject can be shown. */
		public boolean hasTrail() {
			return this.subjectId != null;
		}

	}

}
