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

	private static String shippedUrl() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = DefaultDatabaseTests.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		return properties.getProperty("spring.datasource.url");
	}

}
