package org.careeradvisor.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a request whose parameter names or values hold control characters (a NUL in
 * a name, for example) before anything acts on it. No form of ours sends one, and
 * rejecting the whole request means nothing of it is stored, whichever parameter a
 * handler happens to read first. It runs inside the security filter chain, after the
 * header writer, so that the error page it leads to carries the site's security headers.
 */
class ParameterGuard extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (RequestRejectedException ex) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (hasControl(parameter.getKey(), false)) {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
			for (String value : parameter.getValue()) {
				if (hasControl(value, true)) {
					response.sendError(HttpServletResponse.SC_BAD_REQUEST);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * @param lineBreaksAllowed whether tabs and line breaks are fine, as in a text area
	 */
	static boolean hasControl(String text, boolean lineBreaksAllowed) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean whitespace = c == '\t' || c == '\n' || c == '\r';
			if (Character.isISOControl(c) && !(lineBreaksAllowed && whitespace)) {
				return true;
			}
		}
		return false;
	}

}
