package org.careeradvisor.staff;

import org.careeradvisor.web.SiteSecurity;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The staff side (sign-in, account, counselor and admin pages) has sessions, kept in the
 * database by Spring Session so that they survive restarts and are shared by instances.
 * The public site stays sessionless (see the web module).
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

	/** Where a staff member lands after signing in. */
	static final String HOME = "/counselor";

	@Bean
	@Order(1)
	SecurityFilterChain staffFilterChain(HttpSecurity http, StaffService staff, LoginThrottle throttle)
			throws Exception {
		// The page asked for before signing in is remembered in a cookie, not a session,
		// so
		// that anonymous visitors never create one.
		CookieRequestCache requestCache = new CookieRequestCache();
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
		success.setDefaultTargetUrl(HOME);
		success.setRequestCache(requestCache);
		SiteSecurity.common(http)
			.securityMatcher("/login", "/logout", "/setup/**", "/invitations/**", "/account/**", "/counselor/**",
					"/counselor", "/admin/**", "/admin")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/setup/**", "/invitations/**")
				.permitAll()
				.requestMatchers("/admin", "/admin/**")
				.hasRole(StaffRole.ADMIN.name())
				.requestMatchers("/counselor", "/counselor/**")
				.hasAnyRole(StaffRole.COUNSELOR.name(), StaffRole.ADMIN.name())
				.anyRequest()
				.authenticated())
			// A cookie token, so that the sign-in page needs no session of its own.
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.addFilterAfter(SiteSecurity.eagerCsrfToken("/"), CsrfFilter.class)
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			.requestCache((cache) -> cache.requestCache(requestCache))
			.formLogin((form) -> form.loginPage("/login").successHandler((request, response, authentication) -> {
				staff.signedIn(authentication.getName());
				success.onAuthenticationSuccess(request, response, authentication);
			}).failureHandler((request, response, exception) -> {
				throttle.failed(request);
				String username = request.getParameter("username");
				if (username != null && !(exception instanceof LockedException)) {
					staff.failedSignIn(username);
				}
				// The same answer for a locked account as for a wrong password: a
				// different
				// one would tell a stranger which usernames exist.
				response.sendRedirect(request.getContextPath() + "/login?error");
			}))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			// The default: a new session id on sign-in (against session fixation).
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		return http.build();
	}

	@Bean
	LoginThrottle loginThrottle() {
		return new LoginThrottle();
	}

	/** Runs inside the staff filter chain only, not as a servlet filter of its own. */
	@Bean
	FilterRegistrationBean<LoginThrottle> loginThrottleRegistration(LoginThrottle throttle) {
		FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
		registration.setEnabled(false);
		return registration;
	}

	/** bcrypt today, and whatever Spring Security makes the default later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	PasswordPolicy passwordPolicy() {
		return new PasswordPolicy();
	}

}
