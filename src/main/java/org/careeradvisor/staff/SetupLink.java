package org.careeradvisor.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * While no administrator exists, prints a one-time link in the log that creates the first
 * one, as self-hosted apps usually do: whoever can read the server's log may set it up,
 * nobody else, and there is no default password.
 */
@Component
class SetupLink {

	private static final Logger logger = LoggerFactory.getLogger(SetupLink.class);

	private final StaffService staff;

	private final Environment environment;

	private final String baseUrl;

	SetupLink(StaffService staff, Environment environment, @Value("${advisor.base-url:}") String baseUrl) {
		this.staff = staff;
		this.environment = environment;
		this.baseUrl = baseUrl;
	}

	@EventListener(ApplicationReadyEvent.class)
	void printWhenNeeded() {
		this.staff.newSetupTokenIfNeeded()
			.ifPresent((token) -> logger.warn(
					"No administrator account exists yet. Create the first one at {}/setup/{} "
							+ "(the link works once and for {} hours; every start prints a new one until then).",
					base(), token, StaffService.SETUP_LIFETIME.toHours()));
	}

	private String base() {
		if (StringUtils.hasText(this.baseUrl)) {
			return this.baseUrl.replaceAll("/+$", "");
		}
		return "http://localhost:" + this.environment.getProperty("local.server.port", "8080");
	}

}
