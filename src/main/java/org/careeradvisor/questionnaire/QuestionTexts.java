package org.careeradvisor.questionnaire;

import java.util.Locale;
import java.util.Map;

import org.careeradvisor.results.QuestionnaireTexts;
import org.careeradvisor.web.TextRows;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The questions and kinds of work in languages other than English, read once after the
 * database is migrated: a published questionnaire version never changes, and new ones
 * arrive only with a migration, so no page asks the database for them.
 */
@Component
class QuestionTexts implements QuestionnaireTexts, SmartInitializingSingleton {

	private final JdbcTemplate jdbc;

	private volatile Map<String, Map<String, String>> byLanguage = Map.of();

	QuestionTexts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.byLanguage = TextRows.byLanguage(this.jdbc, "questionnaire_text");
	}

	@Override
	public String question(int version, String code, String field, String language, String english) {
		return lookup(language, TextRows.key("QUESTION", version + "." + code, field), english);
	}

	@Override
	public String dimension(String code, String field, String language, String english) {
		return lookup(language, TextRows.key("DIMENSION", code, field), english);
	}

	/** One question as a page in the reader's language shows it. */
	Item in(int version, Item item, Locale locale) {
		String language = locale.getLanguage();
		return new Item(item.code(), question(version, item.code(), "text", language, item.text()),
				question(version, item.code(), "label", language, item.label()),
				question(version, item.code(), "hint", language, item.hint()), item.weights());
	}

	/** A text that was absent in English stays absent. */
	private String lookup(String language, String key, String english) {
		if (english == null) {
			return null;
		}
		return this.byLanguage.getOrDefault(language, Map.of()).getOrDefault(key, english);
	}

}
