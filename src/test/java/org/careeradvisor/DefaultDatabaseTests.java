package org.careeradvisor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped default database keeps data in files under ./data and writes every commit
 * before acknowledging it.
 */
class DefaultDatabaseTests {

	@Test
	void defaultDatabaseIsAFileUnderDataWithoutWriteDelay() throws IOException {
		String url = shippedUrl();
		assertThat(url).startsWith("jdbc:h2:file:./data/").contains(";WRITE_DELAY=0");
	}

	@Test
	void h2HonoursTheWriteDelaySetting(@TempDir Path directory) throws IOException, SQLException {
		String url = shippedUrl().replace("./data/", directory.toAbsolutePath() + "/");
		try (Connection connection = DriverManager.getConnection(url, "advisor", "");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(
						"select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("0");
		}
		try (var files = Files.list(directory)) {
			assertThat(files).anyMatch((file) -> file.getFileName().toString().endsWith(".mv.db"));
		}
	}

	/**
	 * H2 2.4.240 tied a check constraint's {@code in (...)} list to the session that
	 * created it: once that pooled connection was retired (Hikari does so after 30
	 * minutes), every insert into the table failed until a restart. Migrations create
	 * such constraints, so the first run after an upgrade broke. Fixed in 2.5.
	 */
	@Test
	void aCheckConstraintOutlivesTheConnectionThatCreatedIt(@TempDir Path directory) throws SQLException {
		String url = "jdbc:h2:file:" + directory.toAbsolutePath() + "/check;WRITE_DELAY=0";
		// One connection stays open throughout, as a pool's other connections do.
		try (Connection pool = DriverManager.getConnection(url, "advisor", "")) {
			assertThat(pool.isValid(1)).isTrue();
			try (Connection migration = DriverManager.getConnection(url, "advisor", "");
					Statement statement = migration.createStatement()) {
				statement.execute("create table item (kind varchar(8) not null check (kind in ('A', 'B')))");
				statement.execute("insert into item values ('A')");
			}
			try (Connection later = DriverManager.getConnection(url, "advisor", "");
					Statement statement = later.createStatement()) {
				statement.execute("insert into item values ('B')");
				assertThatThrownBy(() -> statement.execute("insert into item values ('C')"))
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("Check constraint violation");
			}
		}
	}

	private static String shippedUrl() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = DefaultDatabaseTests.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		return properties.getProperty("spring.datasource.url");
	}

}
