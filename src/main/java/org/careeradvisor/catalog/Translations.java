package org.careeradvisor.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.careeradvisor.catalog.internal.CatalogDraft.Kind;

/**
 * Which texts of each kind of item are translated, as the admin forms name them
 * ({@code es.summary}: language, then field as in {@code catalog_text}). A career's tasks
 * are one field of lines ({@code es.tasks}) kept as {@code task.1}, {@code task.2}...; a
 * certification's routes are {@code route.N.description} and so on.
 */
final class Translations {

	/**
	 * A translated field on a form: its key, the label of the English field, its size.
	 */
	record Field(String key, String labelKey, Integer route, int rows) {
	}

	private Translations() {
	}

	/** How many routes a form's translations may name (a certification's; none else). */
	static int routes(ItemForm<?> form) {
		return (form instanceof CertificationForm certification && certification.routes() != null)
				? certification.routes().size() : 0;
	}

	/** The translated fields of one kind; certifications have three per route. */
	static List<Field> fields(Kind kind, int routes) {
		List<Field> fields = new ArrayList<>();
		switch (kind) {
			case CAREER -> {
				fields.add(new Field("title", "admin.field.title", null, 1));
				fields.add(new Field("summary", "admin.field.summary", null, 4));
				fields.add(new Field("tasks", "admin.field.tasks", null, 6));
				fields.add(new Field("onet_title", "admin.field.onetTitle", null, 2));
				fields.add(new Field("bls_occupation", "admin.field.blsOccupation", null, 2));
				fields.add(new Field("entry_education_note", "admin.field.entryEducationNote", null, 2));
				fields.add(new Field("figure_occupation", "admin.field.figureOccupation", null, 1));
				fields.add(new Field("shared_figures_note", "admin.field.sharedFiguresNote", null, 2));
				fields.add(new Field("as_of", "admin.field.asOf", null, 1));
			}
			case CERTIFICATION -> {
				fields.add(new Field("summary", "admin.field.summary", null, 4));
				fields.add(new Field("issuing_body", "admin.field.issuingBody", null, 1));
				fields.add(new Field("eligibility", "admin.field.eligibility", null, 4));
				fields.add(new Field("exam_facts", "admin.field.examFacts", null, 3));
				fields.add(new Field("renewal", "admin.field.renewal", null, 3));
				fields.add(new Field("as_of", "admin.field.asOf", null, 1));
				for (int route = 1; route <= routes; route++) {
					fields.add(new Field("route." + route + ".description", "admin.route.description", route, 2));
					fields.add(
							new Field("route." + route + ".extra_conditions", "admin.route.extraConditions", route, 2));
					fields.add(new Field("route." + route + ".preparation", "admin.route.preparation", route, 2));
				}
			}
			case PROGRAM -> {
				fields.add(new Field("name", "admin.field.name", null, 1));
				fields.add(new Field("summary", "admin.field.summary", null, 4));
				fields.add(new Field("typical_length", "admin.field.typicalLength", null, 1));
				fields.add(new Field("accreditation_note", "admin.field.accreditationNote", null, 2));
				fields.add(new Field("admission", "admin.field.admission", null, 2));
				fields.add(new Field("next_steps", "admin.field.nextSteps", null, 2));
				fields.add(new Field("as_of", "admin.field.asOf", null, 1));
			}
			case COMPETENCY -> {
				fields.add(new Field("name", "admin.field.name", null, 1));
				fields.add(new Field("description", "admin.field.description", null, 4));
			}
			case CAREER_STEP -> {
				fields.add(new Field("years_basis", "admin.field.yearsBasis", null, 2));
				fields.add(new Field("description", "admin.field.description", null, 3));
			}
			default -> {
			}
		}
		return fields;
	}

	/**
	 * The translated fields a form leaves empty while their English has text, by
	 * language: pages in that language show the English there. Route texts are left out
	 * (they follow the routes' order, which the form can change).
	 */
	static Map<String, List<Field>> missing(Kind kind, ItemForm<?> form, List<String> languages) {
		Map<String, String> english = form.values();
		Map<String, String> translations = values(form.translations());
		Map<String, List<Field>> missing = new TreeMap<>();
		for (String language : languages) {
			List<Field> fields = fields(kind, 0).stream()
				.filter((f) -> !english.getOrDefault(camelCase(f.key()), "").isBlank())
				.filter((f) -> !translations.containsKey(language + "." + f.key()))
				.toList();
			if (!fields.isEmpty()) {
				missing.put(language, fields);
			}
		}
		return missing;
	}

	/**
	 * {@code entry_education_note} as the form's values name it:
	 * {@code entryEducationNote}.
	 */
	static String camelCase(String field) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : field.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

	/** Whether a form value is a translation ({@code es.summary}) rather than a field. */
	static boolean isTranslation(String key) {
		return key.matches("[a-z]{2}\\.[a-z_]+(\\.\\d+\\.[a-z_]+)?");
	}

	/** The message naming the English field of a translated one. */
	static String labelKey(String field) {
		for (Kind kind : Kind.values()) {
			for (Field f : fields(kind, 1)) {
				if (f.key().equals(field.replaceFirst("^route\\.\\d+\\.", "route.1."))) {
					return f.labelKey();
				}
			}
		}
		return "admin.translations.text";
	}

	/** The route a translated field belongs to, if any. */
	static Integer route(String field) {
		return field.matches("route\\.\\d+\\..+") ? Integer.valueOf(field.split("\\.")[1]) : null;
	}

	/**
	 * The translations of a form as the history and the conflict page compare them: every
	 * non-empty text, trimmed, in key order.
	 */
	static Map<String, String> values(Map<String, String> translations) {
		Map<String, String> values = new TreeMap<>();
		if (translations != null) {
			translations.forEach((key, text) -> {
				if (text != null && !text.isBlank()) {
					values.put(key, text.strip());
				}
			});
		}
		return values;
	}

}
