package org.careeradvisor.catalog;

import org.careeradvisor.support.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the migrations and every catalog data and repository check against a real
 * PostgreSQL server.
 */
class PostgresCatalogDataTests extends CatalogDataTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgres.register(registry);
	}

	@Test
	void runsOnPostgres() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
	}

}
