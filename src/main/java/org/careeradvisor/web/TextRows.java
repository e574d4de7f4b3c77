package org.careeradvisor.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of a translation table ({@code catalog_text}, {@code questionnaire_text}: kind,
 * item, field, language, text) as the modules hold them in memory: by language, then
 * {@code kind|item|field}.
 */
public final class TextRows {

	private TextRows() {
	}

	public static String key(String kind, String item, String field) {
		return kind + '|' + item + '|' + field;
	}

	/** Never inside a transaction: it takes a connection of its own, briefly. */
	public static Map<String, Map<String, String>> byLanguage(JdbcTemplate jdbc, String table) {
		Map<String, Map<String, String>> loaded = new HashMap<>();
		jdbc.query("select locale, kind, item_key, field, text from " + table, (rs) -> {
			loaded.computeIfAbsent(rs.getString(1), (l) -> new HashMap<>())
				.put(key(rs.getString(2), rs.getString(3), rs.getString(4)), rs.getString(5));
		});
		Map<String, Map<String, String>> frozen = new HashMap<>();
		loaded.forEach((language, texts) -> frozen.put(language, Map.copyOf(texts)));
		return Map.copyOf(frozen);
	}

}
