package uk.policenewsroom.releases;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import uk.policenewsroom.releases.OfficeViews.FieldDiff;
import uk.policenewsroom.site.Chrome;

/**
 * The one place where the press office's release pages turn workflow refusals into HTTP:
 * a step not allowed now is 409, not allowed for this officer 403, missing something 400,
 * a decision on a version that is no longer current 409 with what changed since, an
 * unknown release 404.
 */
@ControllerAdvice(assignableTypes = { ReleaseEditingController.class, ReleaseWorkflowController.class,
		ReleaseHistoryController.class, ReleaseImageController.class })
class ReleaseOfficeAdvice {

	private final PressOfficeFinder finder;

	private final Chrome chrome;

	ReleaseOfficeAdvice(PressOfficeFinder finder, Chrome chrome) {
		this.finder = finder;
		this.chrome = chrome;
	}

	/**
	 * The empty forms of the release's page, which the page binds its fields to; a
	 * handler that received one with mistakes shows that one instead.
	 */
	@ModelAttribute("scheduleForm")
	ScheduleForm scheduleForm() {
		return new ScheduleForm();
	}

	@ModelAttribute("decision")
	DecisionForm decision() {
		return new DecisionForm();
	}

	@ModelAttribute("imageForm")
	ImageForm imageForm() {
		return new ImageForm();
	}

	@ModelAttribute("embargoLinkForm")
	EmbargoLinkForm embargoLinkForm() {
		return new EmbargoLinkForm();
	}

	@ExceptionHandler
	ModelAndView refused(WorkflowException refusal) {
		HttpStatus status = switch (refusal.refusal()) {
			case NOT_NOW -> HttpStatus.CONFLICT;
			case NOT_YOURS -> HttpStatus.FORBIDDEN;
			case INCOMPLETE -> HttpStatus.BAD_REQUEST;
		};
		ModelAndView page = page("releases/office/refused");
		page.addObject("message", refusal.getMessage());
		page.setStatus(status);
		return page;
	}

	@ExceptionHandler
	ModelAndView stale(StaleVersion stale) {
		ModelAndView page = page("releases/office/stale");
		page.addObject("releaseId", stale.releaseId());
		page.addObject("seen", stale.seenRevision());
		List<FieldDiff> diffs = this.finder.changesSince(stale.releaseId(), stale.seenRevision());
		page.addObject("current",
				this.finder.latestRevision(stale.releaseId()).map(ReleaseRevision::getNumber).orElse(null));
		page.addObject("diffs", diffs);
		page.addObject("changes", this.finder.history(stale.releaseId()).stream().limit(6).toList());
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	@ExceptionHandler
	ModelAndView raced(OptimisticLockingFailureException raced) {
		ModelAndView page = page("releases/office/stale");
		page.addObject("diffs", List.of());
		page.addObject("changes", List.of());
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	@ExceptionHandler
	ModelAndView missing(NoSuchRelease missing) {
		ModelAndView page = page("error");
		page.addObject("status", 404);
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	/**
	 * A page through the layout, which needs the chrome that exception views are not
	 * given.
	 */
	private ModelAndView page(String view) {
		ModelAndView page = new ModelAndView(view);
		page.addObject("chrome", this.chrome);
		return page;
	}

}
