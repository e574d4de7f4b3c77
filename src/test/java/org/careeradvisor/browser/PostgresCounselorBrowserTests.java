package org.careeradvisor.browser;

import org.careeradvisor.support.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The counselor's whole journey again on a real PostgreSQL server, where staff sessions
 * live in Spring Session's tables as they would with several instances.
 */
class PostgresCounselorBrowserTests extends CounselorBrowserTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgres.register(registry);
	}

}
