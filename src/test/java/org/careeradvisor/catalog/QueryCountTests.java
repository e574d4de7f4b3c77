package org.careeradvisor.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.careeradvisor.web.PageCache;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The busiest pages run the same number of SQL statements however many rows the catalog
 * holds: no N+1.
 */
@SpringBootTest(properties = "spring.datasource.name=query-count")
@AutoConfigureMockMvc
class QueryCountTests {

	private static final List<String> PAGES = List.of("/", "/compare", "/careers", "/careers?sort=pay",
			"/careers/medical-coder", "/careers/him-director", "/certifications", "/certifications/cca", "/programs",
			"/programs/him-associate", "/competencies", "/search?q=a");

	private static final int EXTRA = 25;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	/**
	 * Rows are added behind the catalog's back here: cached pages are forgotten first.
	 */
	@Autowired
	PageCache pageCache;

	@AfterEach
	void removeExtraRows() {
		this.jdbc.update("delete from career where slug like 'extra-%'");
	}

	@Test
	void pagesRunAFixedNumberOfStatementsWhateverTheRowCount() {
		Map<String, Long> before = countAll();
		assertThat(before.get("/careers")).isLessThanOrEqualTo(2);
		assertThat(before.get("/careers/medical-coder")).isLessThanOrEqualTo(8);
		assertThat(before.get("/compare")).isLessThanOrEqualTo(6);

		addCareers();
		Map<String, Long> after = countAll();

		assertThat(after).isEqualTo(before);
		this.pageCache.evictAll();
		assertThat(this.mvc.get().uri("/careers")).hasStatusOk().bodyText().contains((18 + EXTRA) + " careers");
	}

	private Map<String, Long> countAll() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String page : PAGES) {
			counts.put(page, statementsFor(page));
		}
		return counts;
	}

	private long statementsFor(String uri) {
		this.pageCache.evictAll();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

	/**
	 * Adds careers that touch every relation the pages read: figures, tasks,
	 * competencies, certifications, steps to and from an existing career, and programs.
	 */
	private void addCareers() {
		for (int i = 0; i < EXTRA; i++) {
			String slug = "extra-" + i;
			this.jdbc.update("""
					insert into career (slug, title, affinity, summary, onet_title, bls_occupation, entry_education,
					  entry_education_note, as_of)
					values (?, ?, 'BOTH', 'Summary', 'Title', 'Occupation', 'BACHELOR', 'Note', 'Test data')""", slug,
					"Extra career " + i);
			long id = this.jdbc.queryForObject("select id from career where slug = ?", Long.class, slug);
			this.jdbc.update(
					"insert into career_source (career_id, position, url) values (?, 1, 'https://example.org/source')",
					id);
			this.jdbc.update("insert into career_task (career_id, position, description) values (?, 1, 'Task'), "
					+ "(?, 2, 'Another task')", id, id);
			this.jdbc.update("""
					insert into career_outlook (career_id, edition, median_pay_usd, growth_pct, status, status_note)
					values (?, 2024, ?, 5, 'THIRD_PARTY', 'Test'), (?, 2023, ?, 4, 'PRIMARY', 'Test')""", id, 50000 + i,
					id, 49000 + i);
			this.jdbc.update("insert into career_outlook_source (career_id, edition, position, url) values "
					+ "(?, 2024, 1, 'https://example.org/a'), (?, 2023, 1, 'https://example.org/b')", id, id);
			this.jdbc.update("""
					insert into career_competency (career_id, competency_id, importance)
					select ?, id, 'CORE' from competency where slug in ('him-revenue-cycle', 'amia-health')""", id);
			this.jdbc.update("""
					insert into career_certification (career_id, certification_id, relevance)
					select ?, id, 'RELATED' from certification where acronym = 'CCA'""", id);
			this.jdbc.update("""
					insert into career_step (from_career_id, to_career_id, kind, description)
					select id, ?, 'LATERAL', 'Test' from career where slug = 'medical-coder'""", id);
			this.jdbc.update("""
					insert into career_step (from_career_id, to_career_id, kind, description)
					select ?, id, 'BRIDGE', 'Test' from career where slug = 'him-director'""", id);
			this.jdbc.update("""
					insert into program_career (program_id, career_id)
					select id, ? from program where slug = 'him-associate'""", id);
		}
	}

}
