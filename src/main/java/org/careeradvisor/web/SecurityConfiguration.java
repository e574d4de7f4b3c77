package org.careeradvisor.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Everything is public for now; what this adds is CSRF protection on every form and
 * strict response headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * No inline script or style anywhere: every script and stylesheet is a file served by
	 * the app itself.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LimitSettings limits, PageCache pageCache)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.addFilterAfter(new RequestSizeLimit(), HeaderWriterFilter.class)
			.addFilterAfter(new ParameterGuard(), RequestSizeLimit.class)
			.addFilterAfter(new RateLimits(limits), ParameterGuard.class)
			.addFilterAfter(pageCache, RateLimits.class)
			.addFilterAfter(new EagerCsrfToken(), CsrfFilter.class)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions((frame) -> frame.deny())
				.permissionsPolicyHeader(
						(permissions) -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable());
		return http.build();
	}

	@Bean
	PageCache pageCache() {
		// 32 MiB: every catalog page many times over, and the results a class is reading.
		return new PageCache(32L * 1024 * 1024);
	}

	/**
	 * The page cache runs inside the security filter chain only, not a second time as a
	 * servlet filter of its own.
	 */
	@Bean
	FilterRegistrationBean<PageCache> pageCacheRegistration(PageCache pageCache) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(pageCache);
		registration.setEnabled(false);
		return registration;
	}

}
