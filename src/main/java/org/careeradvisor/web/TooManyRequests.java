package org.careeradvisor.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 429 with the site's error page, saying why (by message key) and when to try
 * again.
 */
public final class TooManyRequests {

	/** The request attribute the error page reads to say when to try again. */
	static final String RETRY_AFTER_MINUTES = TooManyRequests.class.getName() + ".retryAfterMinutes";

	/** The request attribute that chooses the error page's text. */
	static final String MESSAGE_KEY = TooManyRequests.class.getName() + ".messageKey";

	private TooManyRequests() {
	}

	/**
	 * @param messageKey the key of the page's title and text ({@code key.title},
	 * {@code key.text})
	 */
	public static void send(HttpServletRequest request, HttpServletResponse response, long secondsToWait,
			String messageKey) throws IOException {
		long seconds = Math.max(1, secondsToWait);
		response.setHeader("Retry-After", String.valueOf(seconds));
		request.setAttribute(RETRY_AFTER_MINUTES, (seconds + 59) / 60);
		request.setAttribute(MESSAGE_KEY, messageKey);
		response.sendError(429);
	}

}
