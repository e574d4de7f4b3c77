package org.careeradvisor.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

/**
 * The message bundles as tests read them, to expect a page's words in a language.
 */
public final class Bundles {

	private Bundles() {
	}

	public static Properties spanish() {
		Properties properties = new Properties();
		try (var in = new InputStreamReader(new ClassPathResource("messages/messages_es.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
