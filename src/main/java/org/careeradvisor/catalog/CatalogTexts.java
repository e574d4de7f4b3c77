package org.careeradvisor.catalog;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.careeradvisor.web.TextRows;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The catalog's texts in languages other than English, held in memory (a few hundred rows
 * per language) and read again when the catalog release changes, so that no page asks the
 * database for a translation. English lives in the items' own columns.
 */
@Component
class CatalogTexts {

	static final String ENGLISH = "en";

	private final JdbcTemplate jdbc;

	private volatile Map<String, Map<String, String>> byLanguage = Map.of();

	/** The same texts without case and accents, for search. */
	private volatile Map<String, Map<String, String>> plainByLanguage = Map.of();

	CatalogTexts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Never inside a transaction: it takes a connection of its own, briefly. */
	void reload() {
		Map<String, Map<String, String>> loaded = TextRows.byLanguage(this.jdbc, "catalog_text");
		Map<String, Map<String, String>> plain = new HashMap<>();
		loaded.forEach((language, texts) -> {
			Map<String, String> searchable = new HashMap<>();
			texts.forEach((key, text) -> searchable.put(key, plain(text)));
			plain.put(language, Map.copyOf(searchable));
		});
		this.plainByLanguage = Map.copyOf(plain);
		this.byLanguage = loaded;
	}

	/** The texts of the language the current request is answered in. */
	Texts current() {
		return in(LocaleContextHolder.getLocale());
	}

	Texts in(Locale locale) {
		return new Texts(this.byLanguage.getOrDefault(locale.getLanguage(), Map.of()));
	}

	/** The languages that have translations. */
	Set<String> languages() {
		return this.byLanguage.keySet();
	}

	/**
	 * The items whose texts in the reader's language contain the query, ignoring case and
	 * accents, by kind: for search, so that "codificación" finds what "coding" does.
	 */
	Map<String, Set<String>> matching(Locale locale, String query) {
		Map<String, String> texts = this.plainByLanguage.getOrDefault(locale.getLanguage(), Map.of());
		String wanted = plain(query);
		if (texts.isEmpty() || wanted.isBlank()) {
			return Map.of();
		}
		Map<String, Set<String>> found = new HashMap<>();
		texts.forEach((key, text) -> {
			if (text.contains(wanted)) {
				String[] parts = key.split("\\|", 3);
				found.computeIfAbsent(parts[0], (k) -> new LinkedHashSet<>()).add(parts[1]);
			}
		});
		return found;
	}

	private static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.strip();
	}

	/**
	 * Translations of one language; a text without one stays in English.
	 */
	record Texts(Map<String, String> texts) {

		String of(String kind, String item, String field, String english) {
			if (english == null || this.texts.isEmpty()) {
				return english;
			}
			return this.texts.getOrDefault(TextRows.key(kind, item, field), english);
		}

		String career(String slug, String field, String english) {
			return of("CAREER", slug, field, english);
		}

		String certification(String slug, String field, String english) {
			return of("CERTIFICATION", slug, field, english);
		}

		String program(String slug, String field, String english) {
			return of("PROGRAM", slug, field, english);
		}

		String competency(String slug, String field, String english) {
			return of("COMPETENCY", slug, field, english);
		}

	}

}
