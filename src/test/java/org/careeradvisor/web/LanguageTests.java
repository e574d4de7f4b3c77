package org.careeradvisor.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages declare the language their text is written in, whatever the browser prefers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aBrowserPreferringAnUntranslatedLanguageGetsEnglishDeclaredAsEnglish() throws Exception {
		for (String page : new String[] { "/", "/careers", "/questionnaire", "/search?q=coding" }) {
			var response = this.mvc.get().uri(page).locale(Locale.forLanguageTag("fr")).exchange();
			assertThat(response).as(page).hasStatusOk();
			assertThat(response.getResponse().getContentAsString()).as(page).contains("<html lang=\"en\"");
			assertThat(response.getResponse().getHeader("Content-Language")).as(page).isIn(null, "en", "en-US");
		}
	}

	@Test
	void everySupportedLanguageHasItsBundle(@Value("${advisor.languages:en}") List<Locale> languages) {
		assertThat(languages).first().isEqualTo(Locale.ENGLISH);
		for (Locale language : languages.subList(1, languages.size())) {
			assertThat(new ClassPathResource("messages/messages_" + language.getLanguage() + ".properties").exists())
				.as("a bundle for " + language)
				.isTrue();
		}
	}

	@Test
	void searchLandmarksHaveDistinctNames() {
		assertThat(this.mvc.get().uri("/search?q=coding")).hasStatusOk()
			.bodyText()
			.contains("role=\"search\" aria-label=\"Search the whole site\"", "aria-labelledby=\"search-heading\"",
					"<div role=\"status\"><h2>")
			.doesNotContain("<h2 role=\"status\"");
	}

}
