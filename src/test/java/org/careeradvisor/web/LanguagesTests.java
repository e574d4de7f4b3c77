package org.careeradvisor.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Choosing the language with two languages configured: the browser's Accept-Language on a
 * first visit, a {@code ?lang=} link that is remembered in a cookie and wins over the
 * browser, unknown languages ignored; every page declares its language, links to itself
 * in the others ({@code hreflang}) and offers a switch; cached pages stay apart by
 * language.
 */
@SpringBootTest(properties = "advisor.languages=en,es")
@AutoConfigureMockMvc
@DirtiesContext
class LanguagesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theBrowsersLanguageALinkAndTheCookieChooseTheLanguage() {
		MvcTestResult spanish = this.mvc.get().uri("/careers").header("Accept-Language", "es-MX,es;q=0.9").exchange();
		assertThat(spanish).hasStatusOk().hasHeader("Vary", "Accept-Language, Cookie");
		assertThat(spanish).bodyText()
			.contains("<html lang=\"es\"", "hreflang=\"en\" href=\"http://localhost/careers?lang=en\"",
					"hreflang=\"es\" href=\"http://localhost/careers?lang=es\"", "aria-label=\"Idioma\"");

		assertThat(this.mvc.get().uri("/careers").header("Accept-Language", "fr,de")).bodyText()
			.contains("<html lang=\"en\"");

		MvcTestResult chosen = this.mvc.get().uri("/careers?lang=en").header("Accept-Language", "es").exchange();
		assertThat(chosen).bodyText().contains("<html lang=\"en\"");
		Cookie cookie = chosen.getResponse().getCookie("lang");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("en");
		assertThat(cookie.getMaxAge()).isGreaterThan(0);

		// The cookie wins over the browser on later visits, and the cached page is not
		// the Spanish one.
		assertThat(this.mvc.get().uri("/careers").header("Accept-Language", "es").cookie(new Cookie("lang", "en")))
			.bodyText()
			.contains("<html lang=\"en\"");
		assertThat(this.mvc.get().uri("/careers").header("Accept-Language", "es")).bodyText()
			.contains("<html lang=\"es\"");

		// A language we do not have is ignored, not remembered.
		MvcTestResult unknown = this.mvc.get().uri("/careers?lang=fr").header("Accept-Language", "es").exchange();
		assertThat(unknown.getResponse().getCookie("lang")).isNull();
		assertThat(unknown).bodyText().contains("<html lang=\"es\"");
	}

	@Test
	void malformedChoicesFallBackWithoutAnError() {
		for (String value : new String[] { "%%%", "es-", "_x_y_z_", "e".repeat(300), "es_ES_#Latn" }) {
			assertThat(this.mvc.get().uri("/careers").cookie(new Cookie("lang", value))).as(value)
				.hasStatusOk()
				.bodyText()
				.contains("<html lang=\"e");
			assertThat(this.mvc.get().uri("/careers").param("lang", value).header("Accept-Language", value)).as(value)
				.hasStatusOk();
		}
	}

}
