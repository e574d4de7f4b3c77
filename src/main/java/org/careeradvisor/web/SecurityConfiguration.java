package org.careeradvisor.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The public site: everything is open to everyone, without a session; CSRF protection on
 * every form (a cookie token, so no session is needed), strict response headers, limits
 * and the page cache. Staff pages have a chain of their own (see the staff module).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain securityFilterChain(HttpSecurity http, LimitSettings limits, PageCache pageCache)
			throws Exception {
		SiteSecurity.common(http)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.addFilterAfter(new RateLimits(limits), ParameterGuard.class)
			.addFilterAfter(pageCache, RateLimits.class)
			.addFilterAfter(new EagerCsrfToken("/questionnaire", "/results/manage/"), CsrfFilter.class)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable());
		return http.build();
	}

	@Bean
	PageCache pageCache(Languages languages) {
		// 32 MiB: every catalog page many times over, and the results a class is reading.
		PageCache cache = new PageCache(32L * 1024 * 1024);
		cache.useLanguages(languages);
		return cache;
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
