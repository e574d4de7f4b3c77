package org.careeradvisor.web;

import jakarta.servlet.Filter;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What every security filter chain of the site shares: strict response headers and the
 * guards against malformed requests.
 */
public final class SiteSecurity {

	/**
	 * No inline script or style anywhere: every script and stylesheet is a file served by
	 * the app itself.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private SiteSecurity() {
	}

	/**
	 * A filter, to run after the CSRF filter, that creates the CSRF token (and so its
	 * cookie) before a page with a form starts streaming.
	 * @param prefixes the paths (by their start) of pages that hold a form
	 */
	public static Filter eagerCsrfToken(String... prefixes) {
		return new EagerCsrfToken(prefixes);
	}

	public static HttpSecurity common(HttpSecurity http) throws Exception {
		return http.addFilterAfter(new RequestSizeLimit(), HeaderWriterFilter.class)
			.addFilterAfter(new ParameterGuard(), RequestSizeLimit.class)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions((frame) -> frame.deny())
				.permissionsPolicyHeader(
						(permissions) -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")))
			.httpBasic((basic) -> basic.disable());
	}

}
