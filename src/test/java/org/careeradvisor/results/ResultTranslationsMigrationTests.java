package org.careeradvisor.results;

import java.sql.Connection;

import javax.sql.DataSource;

import db.migration.V26__Results_keep_translations;
import org.careeradvisor.support.QuestionnaireDriver;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results stored before the site spoke Spanish (format 2, English only) learn the
 * catalog's translations from the migration, and then read in Spanish with the same
 * scores.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class ResultTranslationsMigrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JsonMapper json;

	@Test
	void aResultStoredInEnglishOnlyGainsTheTranslationsOfWhatItShows() throws Exception {
		QuestionnaireDriver driver = new QuestionnaireDriver(this.mvc);
		String view = driver.viewToken(driver.complete("standard", QuestionnaireDriver::himPersona));
		// As a result stored before format 3 looked.
		ObjectNode old = (ObjectNode) this.json.readTree(stored(view));
		old.remove("translations");
		old.put("format", 2);
		this.jdbc.update("update result set snapshot = ? where view_token = ?", this.json.writeValueAsString(old),
				view);
		String career = old.path("careers").get(0).path("title").asString();
		String spanishTitle = this.jdbc.queryForObject("select t.text from catalog_text t join career c on "
				+ "t.item_key = c.slug where t.kind = 'CAREER' and t.field = 'title' and t.locale = 'es' and c.title = ?",
				String.class, career);

		try (Connection connection = this.dataSource.getConnection()) {
			new V26__Results_keep_translations().migrate(context(connection));
		}

		JsonNode migrated = this.json.readTree(stored(view));
		assertThat(migrated.path("format").asInt()).isEqualTo(3);
		assertThat(migrated.path("translations").path("es").path(career).asString()).isEqualTo(spanishTitle);
		ObjectNode withoutTranslations = (ObjectNode) migrated.deepCopy();
		withoutTranslations.remove("translations");
		withoutTranslations.put("format", 2);
		assertThat(withoutTranslations).as("nothing else changes").isEqualTo(old);
		assertThat(QuestionnaireDriver.body(this.mvc.get().uri("/results/{t}?lang=es", view))).contains(spanishTitle,
				"<html lang=\"es\"");
	}

	private String stored(String view) {
		return this.jdbc.queryForObject("select snapshot from result where view_token = ?", String.class, view);
	}

	private static Context context(Connection connection) {
		return new Context() {

			@Override
			public Configuration getConfiguration() {
				return null;
			}

			@Override
			public Connection getConnection() {
				return connection;
			}

		};
	}

}
