package org.careeradvisor.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.careeradvisor.catalog.Translations.Field;
import org.careeradvisor.catalog.internal.CatalogDraft.Kind;
import org.careeradvisor.web.Languages;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An item's translations as its admin form shows and publishes them. Publishing runs in
 * the release's transaction: the texts change with the item, in the same release.
 */
@Component
class ItemTranslations {

	private static final String TASKS = "tasks";

	private static final String TASK = "task.";

	private final JdbcTemplate jdbc;

	private final List<String> languages;

	private final String base;

	ItemTranslations(JdbcTemplate jdbc, Languages languages) {
		this.jdbc = jdbc;
		// The first language is the one the items' own columns hold.
		this.base = languages.codes().get(0);
		this.languages = languages.codes().subList(1, languages.codes().size());
	}

	/** The language of the items' own columns, which the forms' main fields edit. */
	String base() {
		return this.base;
	}

	/** The languages the forms offer besides English. */
	List<String> languages() {
		return this.languages;
	}

	/**
	 * The form with only the translations its fields and languages have: whatever else a
	 * request adds (another language, an unknown field) is neither kept in the draft nor
	 * shown in the history.
	 */
	<F extends Record & ItemForm<F>> F known(Kind kind, F form) {
		Set<String> keys = new HashSet<>();
		for (String language : this.languages) {
			Translations.fields(kind, Translations.routes(form))
				.forEach((field) -> keys.add(language + "." + field.key()));
		}
		Map<String, String> kept = new TreeMap<>();
		if (form.translations() != null) {
			form.translations().forEach((key, text) -> {
				if (keys.contains(key) && text != null) {
					kept.put(key, text);
				}
			});
		}
		return form.withTranslations(kept);
	}

	/** The published translations of an item, keyed as the form names them. */
	Map<String, String> load(Kind kind, String item) {
		Map<String, String> values = new TreeMap<>();
		Map<String, Map<Integer, String>> tasks = new TreeMap<>();
		this.jdbc.query("select locale, field, text from catalog_text where kind = ? and item_key = ?", (rs) -> {
			String language = rs.getString(1);
			String field = rs.getString(2);
			if (field.startsWith(TASK)) {
				tasks.computeIfAbsent(language, (l) -> new TreeMap<>())
					.put(Integer.valueOf(field.substring(TASK.length())), rs.getString(3));
			}
			else {
				values.put(language + "." + field, rs.getString(3));
			}
		}, kind.name(), item);
		tasks.forEach((language, lines) -> values.put(language + "." + TASKS, String.join("\n", lines.values())));
		return values;
	}

	/**
	 * Replaces the translations the form edits (texts it has no field for, such as the
	 * notes on a career's figures, stay); an empty field removes its translation, and the
	 * page then shows the English text.
	 */
	void publish(Kind kind, String item, Map<String, String> form, int routes) {
		Set<String> fields = Translations.fields(kind, routes).stream().map(Field::key).collect(Collectors.toSet());
		List<Object[]> removed = new ArrayList<>();
		this.jdbc.query("select locale, field from catalog_text where kind = ? and item_key = ?", (rs) -> {
			String field = rs.getString(2);
			if (fields.contains(field) || (fields.contains(TASKS) && field.startsWith(TASK))
					|| (kind == Kind.CERTIFICATION && field.startsWith("route."))) {
				removed.add(new Object[] { kind.name(), item, field, rs.getString(1) });
			}
		}, kind.name(), item);
		this.jdbc.batchUpdate("delete from catalog_text where kind = ? and item_key = ? and field = ? and locale = ?",
				removed);
		List<Object[]> added = new ArrayList<>();
		for (String language : this.languages) {
			for (String field : fields) {
				String text = (form != null) ? form.get(language + "." + field) : null;
				if (text == null || text.isBlank()) {
					continue;
				}
				if (TASKS.equals(field)) {
					List<String> lines = CareerForm.lines(text);
					for (int i = 0; i < lines.size(); i++) {
						added.add(new Object[] { kind.name(), item, TASK + (i + 1), language, lines.get(i) });
					}
				}
				else {
					added.add(new Object[] { kind.name(), item, field, language, text.strip() });
				}
			}
		}
		this.jdbc.batchUpdate("insert into catalog_text (kind, item_key, field, locale, text) values (?, ?, ?, ?, ?)",
				added);
	}

}
