package uk.policenewsroom.site;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error is the HTML page in the site's layout, whatever the request's
 * {@code Accept} says. Boot's own error controller answers JSON to
 * {@code Accept: *}{@code /*} (curl, link checkers, crawlers); this site has no JSON API,
 * so it never does. No exception, message or stack trace is in the model.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPageController extends AbstractErrorController {

	ErrorPageController(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers) {
		super(errorAttributes, resolvers);
	}

	@RequestMapping
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = getStatus(request);
		Map<String, Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
		response.setStatus(status.value());
		ModelAndView view = resolveErrorView(request, response, status, model);
		return (view != null) ? view : new ModelAndView("error", model, status);
	}

}
