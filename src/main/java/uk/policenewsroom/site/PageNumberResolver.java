package uk.policenewsroom.site;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a handler's {@link PageNumber} parameter the request's {@code page} parameter,
 * refused with a 404 when it is not a page.
 */
class PageNumberResolver implements HandlerMethodArgumentResolver {

	static final String PARAMETER = "page";

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PageNumber.class;
	}

	@Override
	public PageNumber resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return PageNumber.parse(webRequest.getParameter(PARAMETER));
	}

}
