package org.careeradvisor.web;

import org.careeradvisor.support.QuestionnaireDriver;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Catalog and shared result pages are rendered once and then served from memory with an
 * ETag (a 304 when the browser has it) and the same security headers; pages with a form
 * are never cached and are the only ones that set a cookie; a deleted result is gone at
 * once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageCacheTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	PageCache pageCache;

	@Test
	void catalogPagesAreServedFromMemoryWithAnETagAndNoCookie() {
		this.pageCache.evictAll();
		MvcTestResult first = this.mvc.get().uri("/careers?sort=pay").exchange();
		assertThat(first).hasStatusOk();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("public, max-age=300");
		assertThat(first.getResponse().getCookies()).isEmpty();

		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		MvcTestResult second = this.mvc.get().uri("/careers?sort=pay").exchange();
		assertThat(second).hasStatusOk().hasHeader("ETag", etag).containsHeader("Content-Security-Policy");
		assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		assertThat(statistics.getPrepareStatementCount()).as("no query for a cached page").isZero();

		assertThat(this.mvc.get().uri("/careers?sort=pay").header("If-None-Match", etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.mvc.get().uri("/careers?sort=title")).hasStatusOk()
			.doesNotContainHeader("Set-Cookie")
			.satisfies((other) -> assertThat(other.getResponse().getHeader("ETag")).isNotEqualTo(etag));
	}

	@Test
	void staticFilesAreServedFromMemoryWithTheirOwnCacheControl() {
		this.pageCache.evictAll();
		MvcTestResult first = this.mvc.get().uri("/resources/css/site.css").exchange();
		assertThat(first).hasStatusOk().hasHeader("Cache-Control", "max-age=3600");
		assertThat(first.getResponse().getContentType()).startsWith("text/css");
		long cached = this.pageCache.bytes();
		assertThat(cached).isEqualTo(first.getResponse().getContentAsByteArray().length);

		MvcTestResult second = this.mvc.get().uri("/resources/css/site.css").exchange();
		assertThat(second).hasStatusOk()
			.hasHeader("Cache-Control", "max-age=3600")
			.containsHeader("X-Content-Type-Options");
		assertThat(second.getResponse().getContentType()).startsWith("text/css");
		assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		assertThat(this.mvc.get()
			.uri("/resources/css/site.css")
			.header("If-None-Match", second.getResponse().getHeader("ETag"))).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.mvc.get().uri("/resources/css/nothing.css")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.pageCache.bytes()).isEqualTo(cached);
	}

	@Test
	void errorsAndPagesWithAFormAreNeverCached() {
		assertThat(this.mvc.get().uri("/careers/astronaut")).hasStatus(HttpStatus.NOT_FOUND)
			.doesNotContainHeader("ETag");
		assertThat(this.mvc.get().uri("/questionnaire")).hasStatusOk().doesNotContainHeader("ETag");
	}

	@Test
	void aDeletedResultIsNotServedFromTheCache() {
		QuestionnaireDriver driver = new QuestionnaireDriver(this.mvc);
		String manage = driver.complete("quick", QuestionnaireDriver::hiPersona);
		String view = "/results/" + driver.viewToken(manage);
		MvcTestResult page = this.mvc.get().uri(view).exchange();
		assertThat(page).hasStatusOk().hasHeader("Cache-Control", "private, no-cache");
		assertThat(page.getResponse().getHeader("ETag")).isNotBlank();
		assertThat(this.mvc.get().uri(view)).hasStatusOk().hasHeader("X-Robots-Tag", "noindex, nofollow");
		assertThat(this.mvc.post().uri(manage + "/delete").with(csrf()).param("confirm", "yes"))
			.hasRedirectedUrl("/results/deleted");
		assertThat(this.mvc.get().uri(view)).hasStatus(HttpStatus.NOT_FOUND);
	}

}
