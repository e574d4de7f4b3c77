package org.careeradvisor.web;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Gives errors raised outside the MVC layer (a missing CSRF token, a malformed request)
 * the same friendly page as those handled by {@link ErrorPages}: the error page picks its
 * text by this message key.
 */
@Component
class ErrorMessages extends DefaultErrorAttributes {

	private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 413, 415, 429);

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object status = attributes.get("status");
		attributes.put("messageKey", keyFor((status instanceof Integer code) ? code : 500));
		Object retry = request.getAttribute(TooManyRequests.RETRY_AFTER_MINUTES, WebRequest.SCOPE_REQUEST);
		if (retry != null) {
			attributes.put("retryAfterMinutes", retry);
		}
		Object key = request.getAttribute(TooManyRequests.MESSAGE_KEY, WebRequest.SCOPE_REQUEST);
		if (key != null) {
			attributes.put("messageKey", key);
		}
		return attributes;
	}

	static String keyFor(int status) {
		if (status >= 500) {
			return "error.500";
		}
		return EXPLAINED.contains(status) ? "error." + status : "error.4xx";
	}

}
