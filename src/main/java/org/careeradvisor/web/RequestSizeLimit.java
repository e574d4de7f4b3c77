package org.careeradvisor.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away request bodies larger than any form of ours can produce, before anything
 * reads them (the CSRF check reads the body), inside the security filter chain so that
 * the error page carries the site's security headers.
 */
class RequestSizeLimit extends OncePerRequestFilter {

	/** The longest questionnaire page posts well under 2 KiB. */
	static final long MAX_BYTES = 64 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
