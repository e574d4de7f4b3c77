package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The source addresses of each edition of a career's figures move to rows of their own,
 * like those of careers, certifications and programs (V22). The check that an edition
 * names a source (an address or a note) went with the column: the import requires an
 * address and the figures page shows the note.
 */
public class V23__Figure_sources_as_rows extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement
				.execute("create table career_outlook_source (career_id bigint not null, edition integer not null, "
						+ "position integer not null, url varchar(1000) not null, primary key (career_id, edition, position), "
						+ "foreign key (career_id, edition) references career_outlook (career_id, edition) on delete cascade)");
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select career_id, edition, source_urls from career_outlook where source_urls is not null");
				PreparedStatement insert = connection.prepareStatement(
						"insert into career_outlook_source (career_id, edition, position, url) values (?, ?, ?, ?)")) {
			while (rows.next()) {
				int position = 1;
				for (String url : rows.getString(3).split(";")) {
					if (!url.isBlank()) {
						insert.setLong(1, rows.getLong(1));
						insert.setInt(2, rows.getInt(2));
						insert.setInt(3, position++);
						insert.setString(4, url.strip());
						insert.addBatch();
					}
				}
			}
			insert.executeBatch();
		}
		// H2 refuses to drop a column that a check names; PostgreSQL would drop the check
		// itself.
		List<String> checks = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select tc.constraint_name, cc.check_clause "
						+ "from information_schema.table_constraints tc join information_schema.check_constraints cc "
						+ "on cc.constraint_name = tc.constraint_name and cc.constraint_schema = tc.constraint_schema "
						+ "where lower(tc.table_name) = 'career_outlook' and tc.constraint_type = 'CHECK'")) {
			while (rows.next()) {
				if (rows.getString(2).toLowerCase(Locale.ROOT).contains("source_urls")) {
					checks.add(rows.getString(1));
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String check : checks) {
				statement.execute("alter table career_outlook drop constraint \"" + check + "\"");
			}
			statement.execute("alter table career_outlook drop column source_urls");
		}
	}

}
