package uk.policenewsroom.operations;

import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import uk.policenewsroom.operations.OperationWorkflowException.NotAllowed;
import uk.policenewsroom.operations.OperationWorkflowException.Stale;
import uk.policenewsroom.site.Chrome;

/**
 * The one place where the press office's operation pages turn a refusal into HTTP: 403
 * for what the person may not do, 409 for what the operation's state or a newer version
 * rules out (with what changed since the version they saw), 404 for what does not exist.
 * Nothing has changed when any of these is answered.
 */
@ControllerAdvice(assignableTypes = { OperationOfficeController.class, OperationWorkflowController.class })
class OperationProblems {

	private static final Pattern OPERATION_PATH = Pattern.compile("^(/press-office/operations/\\d+)");

	private final OperationFinder finder;

	private final Chrome chrome;

	OperationProblems(OperationFinder finder, Chrome chrome) {
		this.finder = finder;
		this.chrome = chrome;
	}

	@ExceptionHandler(Stale.class)
	ModelAndView stale(Stale stale) {
		ModelAndView page = page("operations/office/stale", HttpStatus.CONFLICT);
		page.addObject("operationId", stale.operationId());
		page.addObject("changes", this.finder.changesSince(stale.operationId(), stale.seenVersion()));
		return page;
	}

	@ExceptionHandler(NotAllowed.class)
	ModelAndView notAllowed(NotAllowed refused, HttpServletRequest request) {
		return refused(refused, HttpStatus.FORBIDDEN, request);
	}

	@ExceptionHandler(OperationWorkflowException.class)
	ModelAndView conflict(OperationWorkflowException refused, HttpServletRequest request) {
		return refused(refused, HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler(NoSuchElementException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private ModelAndView refused(OperationWorkflowException refused, HttpStatus status, HttpServletRequest request) {
		ModelAndView page = page("operations/office/refused", status);
		page.addObject("message", refused.getMessage());
		page.addObject("back", operationPath(request.getRequestURI()));
		return page;
	}

	/** The operation's own page, from the address of an action on it. */
	private static String operationPath(String uri) {
		Matcher matcher = OPERATION_PATH.matcher(uri);
		return matcher.find() ? matcher.group(1) : "/press-office/operations";
	}

	/**
	 * Exception handlers get no model from other advice, so the layout's chrome is added
	 * here.
	 */
	private ModelAndView page(String view, HttpStatus status) {
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("chrome", this.chrome);
		return page;
	}

}
