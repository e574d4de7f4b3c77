package org.careeradvisor.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Creates the CSRF token, and so its cookie, before the page starts streaming. Left to
 * the template, a form at the bottom of a long page asks for the token after the response
 * is committed, when no cookie can be set. Only pages that hold a form get one: the
 * catalog and shared result pages set no cookie, so that they can be cached.
 */
class EagerCsrfToken extends OncePerRequestFilter {

	private final List<String> prefixes;

	/**
	 * @param prefixes the paths (by their start) of pages that hold a form
	 */
	EagerCsrfToken(String... prefixes) {
		this.prefixes = List.of(prefixes);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.prefixes.stream().noneMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
		chain.doFilter(request, response);
	}

}
