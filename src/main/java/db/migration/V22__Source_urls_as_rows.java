package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The source addresses of careers, certifications and programs move from one
 * semicolon-joined column to rows of their own, one address per row in the order given.
 * In Java because splitting a string is written differently in every database's SQL.
 */
public class V22__Source_urls_as_rows extends BaseJavaMigration {

	private static final List<String> OWNERS = List.of("career", "certification", "program");

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		for (String owner : OWNERS) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table " + owner + "_source (" + owner + "_id bigint not null references "
						+ owner + " (id) on delete cascade, position integer not null, url varchar(1000) not null, "
						+ "primary key (" + owner + "_id, position))");
			}
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select id, source_urls from " + owner + " order by id");
					PreparedStatement insert = connection.prepareStatement(
							"insert into " + owner + "_source (" + owner + "_id, position, url) values (?, ?, ?)")) {
				while (rows.next()) {
					int position = 1;
					for (String url : rows.getString(2).split(";")) {
						if (!url.isBlank()) {
							insert.setLong(1, rows.getLong(1));
							insert.setInt(2, position++);
							insert.setString(3, url.strip());
							insert.addBatch();
						}
					}
				}
				insert.executeBatch();
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("alter table " + owner + " drop column source_urls");
			}
		}
	}

}
