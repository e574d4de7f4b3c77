package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored results learn the other languages: each keeps the translations of the catalog
 * texts it shows (format 3), so that a result made in English reads in Spanish and the
 * other way round, with the same scores and verdict. The questionnaire's texts need no
 * copy: they are looked up by version and code. Results stored before this keep their
 * English as it was; their translations are today's, the first there ever were. Works on
 * the JSON tree, not on the application's classes, so that it stays valid as they change.
 */
public class V26__Results_keep_translations extends BaseJavaMigration {

	private static final String[][] CATALOG_FIELDS = { { "careers", "title" }, { "careers", "entryEducationNote" },
			{ "careers", "figureOccupation" }, { "certifications", "programName" }, { "certifications", "route" },
			{ "certifications", "preparation" }, { "certifications", "extraConditions" }, { "programs", "name" } };

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		Map<String, Map<String, String>> translations = translations(connection);
		JsonMapper json = JsonMapper.builder().build();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id, snapshot from result");
				PreparedStatement update = connection.prepareStatement("update result set snapshot = ? where id = ?")) {
			int pending = 0;
			while (rows.next()) {
				ObjectNode snapshot = (ObjectNode) json.readTree(rows.getString(2));
				Set<String> shown = shown(snapshot);
				ObjectNode kept = snapshot.putObject("translations");
				translations.forEach((language, texts) -> {
					ObjectNode used = kept.putObject(language);
					shown.stream().filter(texts::containsKey).forEach((text) -> used.put(text, texts.get(text)));
				});
				if (snapshot.path("format").asInt(0) == 2) {
					snapshot.put("format", 3);
				}
				update.setString(1, json.writeValueAsString(snapshot));
				update.setLong(2, rows.getLong(1));
				update.addBatch();
				if (++pending == 500) {
					update.executeBatch();
					pending = 0;
				}
			}
			update.executeBatch();
		}
	}

	/** The catalog texts a stored result shows. */
	private static Set<String> shown(JsonNode snapshot) {
		Set<String> texts = new TreeSet<>();
		for (String[] field : CATALOG_FIELDS) {
			for (JsonNode item : snapshot.path(field[0])) {
				JsonNode text = item.get(field[1]);
				if (text != null && text.isString()) {
					texts.add(text.asString());
				}
			}
		}
		for (JsonNode career : snapshot.path("nextDegree").path("careers")) {
			if (career.path("title").isString()) {
				texts.add(career.path("title").asString());
			}
		}
		return texts;
	}

	/** Language, then English text, then translation, for the texts a result can show. */
	private static Map<String, Map<String, String>> translations(Connection connection) throws Exception {
		String[] queries = {
				"select t.locale, c.title, t.text from career c join catalog_text t on t.kind = 'CAREER' "
						+ "and t.item_key = c.slug and t.field = 'title'",
				"select t.locale, c.entry_education_note, t.text from career c join catalog_text t "
						+ "on t.kind = 'CAREER' and t.item_key = c.slug and t.field = 'entry_education_note'",
				"select t.locale, c.figure_occupation, t.text from career c join catalog_text t "
						+ "on t.kind = 'CAREER' and t.item_key = c.slug and t.field = 'figure_occupation'",
				"select t.locale, p.name, t.text from program p join catalog_text t on t.kind = 'PROGRAM' "
						+ "and t.item_key = p.slug and t.field = 'name'",
				"select t.locale, r.description, t.text from certification_route r join certification c "
						+ "on c.id = r.certification_id join catalog_text t on t.kind = 'CERTIFICATION' "
						+ "and t.item_key = c.slug and t.field = concat('route.', cast(r.position as varchar(10)), '.description')",
				"select t.locale, r.preparation, t.text from certification_route r join certification c "
						+ "on c.id = r.certification_id join catalog_text t on t.kind = 'CERTIFICATION' "
						+ "and t.item_key = c.slug and t.field = concat('route.', cast(r.position as varchar(10)), '.preparation')",
				"select t.locale, r.extra_conditions, t.text from certification_route r join certification c "
						+ "on c.id = r.certification_id join catalog_text t on t.kind = 'CERTIFICATION' and t.item_key = c.slug "
						+ "and t.field = concat('route.', cast(r.position as varchar(10)), '.extra_conditions')" };
		Map<String, Map<String, String>> all = new TreeMap<>();
		for (String query : queries) {
			try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
				while (rows.next()) {
					if (rows.getString(2) != null) {
						all.computeIfAbsent(rows.getString(1), (l) -> new HashMap<>())
							.put(rows.getString(2), rows.getString(3));
					}
				}
			}
		}
		return all;
	}

}
