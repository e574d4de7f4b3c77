package org.careeradvisor.web;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.careeradvisor.support.Bundles;
import org.careeradvisor.support.QuestionnaireDriver;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site in Spanish: interface, catalog and questions come in the reader's language,
 * numbers follow American usage in both, and a stored result reads in either language
 * with the same scores and verdict.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SpanishTests {

	private static final Cookie SPANISH = new Cookie("lang", "es");

	private static final Cookie ENGLISH = new Cookie("lang", "en");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSpanishBrowserGetsSpanishPagesAndTheSwitchKeepsThePage() {
		Properties es = Bundles.spanish();
		assertThat(this.mvc.get().uri("/").header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"es\"", escaped(es.getProperty("home.heading")),
					escaped(es.getProperty("layout.skip")), "hreflang=\"en\" href=\"http://localhost/?lang=en\"")
			.doesNotContain("Skip to main content");
		assertThat(this.mvc.get().uri("/certifications?lang=es").header("Accept-Language", "en")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"es\"", "href=\"http://localhost/certifications?lang=en\"");
	}

	@Test
	void catalogPagesShowTheirSpanishTextsAndAmericanNumbers() {
		String title = spanishText("CAREER", "health-data-analyst", "title");
		String task = spanishText("CAREER", "health-data-analyst", "task.1");
		String page = QuestionnaireDriver.body(this.mvc.get().uri("/careers/health-data-analyst").cookie(SPANISH));
		assertThat(page).contains(escaped(title), escaped(task)).containsPattern("\\$\\d{2,3},\\d{3}");
		String english = QuestionnaireDriver.body(this.mvc.get().uri("/careers/health-data-analyst").cookie(ENGLISH));
		assertThat(english).doesNotContain(escaped(title));

		String competency = spanishText("COMPETENCY",
				this.jdbc.queryForObject("select min(slug) from competency", String.class), "name");
		assertThat(QuestionnaireDriver.body(this.mvc.get().uri("/competencies").cookie(SPANISH)))
			.contains(escaped(competency));
		String discipline = spanishText("DISCIPLINE", "HIM", "focus");
		assertThat(QuestionnaireDriver.body(this.mvc.get().uri("/compare").cookie(SPANISH)))
			.contains(escaped(discipline));
		String route = spanishText("CERTIFICATION", "rhit", "route.1.description");
		assertThat(QuestionnaireDriver.body(this.mvc.get().uri("/certifications/rhit").cookie(SPANISH)))
			.contains(escaped(route), "RHIT");
	}

	@Test
	void searchFindsItemsByTheirSpanishWords() {
		String title = spanishText("CAREER", "medical-coder", "title");
		String word = Pattern.compile("\\p{L}{6,}")
			.matcher(title)
			.results()
			.map(MatchResult::group)
			.findFirst()
			.orElseThrow();
		assertThat(QuestionnaireDriver.body(this.mvc.get().uri("/search").param("q", word).cookie(SPANISH)))
			.contains("/careers/medical-coder");
	}

	@Test
	void questionsComeInTheReadersLanguage() {
		QuestionnaireDriver driver = new QuestionnaireDriver(this.mvc);
		String token = driver.start("quick");
		String code = driver.questions(token, 1).get(0);
		int version = this.jdbc.queryForObject("select max(version) from question", Integer.class);
		String text = this.jdbc.queryForObject(
				"select text from questionnaire_text where kind = 'QUESTION' and item_key = ? and field = 'text' "
						+ "and locale = 'es'",
				String.class, version + "." + code);
		assertThat(QuestionnaireDriver.body(this.mvc.get().uri("/questionnaire/{t}/1", token).cookie(SPANISH)))
			.contains(escaped(text));
	}

	@Test
	void aResultMadeInSpanishReadsTheSameInEnglish() {
		Properties es = Bundles.spanish();
		QuestionnaireDriver driver = new QuestionnaireDriver(this.mvc);
		String manage = driver.complete("standard", QuestionnaireDriver::hiPersona);
		String view = driver.viewToken(manage);
		String inSpanish = QuestionnaireDriver.body(this.mvc.get().uri("/results/{t}", view).cookie(SPANISH));
		String inEnglish = QuestionnaireDriver.body(this.mvc.get().uri("/results/{t}", view).cookie(ENGLISH));

		assertThat(inSpanish).contains("<html lang=\"es\"", escaped(es.getProperty("verdict.HI.title")))
			.doesNotContain("Health Informatics fits your answers better");
		assertThat(inEnglish).contains("<html lang=\"en\"", "Health Informatics fits your answers better");
		// The same scores, in the same order, in both.
		assertThat(scores(inSpanish)).isEqualTo(scores(inEnglish)).isNotEmpty();
		// Careers in the reader's language: the first recommended career's title.
		String slug = firstCareer(inEnglish);
		assertThat(inSpanish).contains(escaped(spanishText("CAREER", slug, "title")));
		assertThat(inEnglish)
			.contains(escaped(this.jdbc.queryForObject("select title from career where slug = ?", String.class, slug)));
		// The stored result itself is one, whatever the language it is read in.
		assertThat(QuestionnaireDriver.body(this.mvc.get().uri("/results/{t}.json", view).cookie(SPANISH)))
			.isEqualTo(QuestionnaireDriver.body(this.mvc.get().uri("/results/{t}.json", view).cookie(ENGLISH)))
			.contains("\"translations\":{\"es\":{");
	}

	@Test
	void everyCatalogAndQuestionTextHasSpanish() {
		List<Map<String, Object>> missing = this.jdbc.queryForList("""
				select e.kind, e.item_key, e.field from (%s) e
				where e.en is not null and trim(e.en) <> '' and e.field <> 'issuing_body'
				  and not exists (select 1 from catalog_text t where t.kind = e.kind and t.item_key = e.item_key
				      and t.field = e.field and t.locale = 'es')
				""".formatted(ENGLISH_CATALOG_TEXTS));
		// An issuer's name is a name: its translation is optional.
		assertThat(missing).as("catalog texts without Spanish").isEmpty();
		List<Map<String, Object>> missingQuestions = this.jdbc.queryForList("""
				select e.kind, e.item_key, e.field from (%s) e
				where e.en is not null and trim(e.en) <> ''
				  and not exists (select 1 from questionnaire_text t where t.kind = e.kind and t.item_key = e.item_key
				      and t.field = e.field and t.locale = 'es')
				""".formatted(ENGLISH_QUESTIONNAIRE_TEXTS));
		assertThat(missingQuestions).as("questionnaire texts without Spanish").isEmpty();
		// And no translation of something that has no English (a renamed field, a typo).
		assertThat(this.jdbc.queryForList("""
				select t.kind, t.item_key, t.field from catalog_text t where not exists
				(select 1 from (%s) e where e.kind = t.kind and e.item_key = t.item_key and e.field = t.field)
				""".formatted(ENGLISH_CATALOG_TEXTS))).as("translations of nothing").isEmpty();
	}

	/** Every English catalog text, named as its translations are. */
	static final String ENGLISH_CATALOG_TEXTS = """
			select 'DISCIPLINE' kind, code item_key, 'name' field, name en from discipline
			union all select 'DISCIPLINE', code, 'summary', summary from discipline
			union all select 'DISCIPLINE', code, 'focus', focus from discipline
			union all select 'DISCIPLINE', code, 'daily_work', daily_work from discipline
			union all select 'DISCIPLINE', code, 'typical_settings', typical_settings from discipline
			union all select 'CAREER', slug, 'title', title from career
			union all select 'CAREER', slug, 'summary', summary from career
			union all select 'CAREER', slug, 'onet_title', onet_title from career
			union all select 'CAREER', slug, 'bls_occupation', bls_occupation from career
			union all select 'CAREER', slug, 'entry_education_note', entry_education_note from career
			union all select 'CAREER', slug, 'shared_figures_note', shared_figures_note from career
			union all select 'CAREER', slug, 'figure_occupation', figure_occupation from career
			union all select 'CAREER', slug, 'as_of', as_of from career
			union all select 'CAREER', c.slug, concat('task.', cast(t.position as varchar(10))), t.description
			    from career_task t join career c on c.id = t.career_id
			union all select 'CAREER', c.slug, concat('outlook.', cast(o.edition as varchar(10)), '.status_note'),
			    o.status_note from career_outlook o join career c on c.id = o.career_id
			union all select 'CAREER', c.slug, concat('outlook.', cast(o.edition as varchar(10)), '.source_note'),
			    o.source_note from career_outlook o join career c on c.id = o.career_id
			union all select 'CAREER_STEP', concat(f.slug, '--', t.slug), 'years_basis', s.years_basis from career_step s
			    join career f on f.id = s.from_career_id join career t on t.id = s.to_career_id
			union all select 'CAREER_STEP', concat(f.slug, '--', t.slug), 'description', s.description from career_step s
			    join career f on f.id = s.from_career_id join career t on t.id = s.to_career_id
			union all select 'CERTIFICATION', slug, 'summary', summary from certification
			union all select 'CERTIFICATION', slug, 'eligibility', eligibility from certification
			union all select 'CERTIFICATION', slug, 'exam_facts', exam_facts from certification
			union all select 'CERTIFICATION', slug, 'renewal', renewal from certification
			union all select 'CERTIFICATION', slug, 'as_of', as_of from certification
			union all select 'CERTIFICATION', c.slug, concat('route.', cast(r.position as varchar(10)), '.description'),
			    r.description from certification_route r join certification c on c.id = r.certification_id
			union all select 'CERTIFICATION', c.slug, concat('route.', cast(r.position as varchar(10)), '.extra_conditions'),
			    r.extra_conditions from certification_route r join certification c on c.id = r.certification_id
			union all select 'CERTIFICATION', c.slug, concat('route.', cast(r.position as varchar(10)), '.preparation'),
			    r.preparation from certification_route r join certification c on c.id = r.certification_id
			union all select 'PROGRAM', slug, 'name', name from program
			union all select 'PROGRAM', slug, 'summary', summary from program
			union all select 'PROGRAM', slug, 'typical_length', typical_length from program
			union all select 'PROGRAM', slug, 'accreditation_note', accreditation_note from program
			union all select 'PROGRAM', slug, 'next_steps', next_steps from program
			union all select 'PROGRAM', slug, 'admission', admission from program
			union all select 'PROGRAM', slug, 'as_of', as_of from program
			union all select 'FRAMEWORK', code, 'name', name from competency_framework
			union all select 'CERTIFICATION', slug, 'issuing_body', issuing_body from certification
			union all select 'FRAMEWORK', code, 'summary', summary from competency_framework
			union all select 'FRAMEWORK', code, 'publisher', publisher from competency_framework
			union all select 'FRAMEWORK', code, 'as_of', as_of from competency_framework
			union all select 'COMPETENCY', slug, 'name', name from competency
			union all select 'COMPETENCY', slug, 'description', description from competency
			""";

	static final String ENGLISH_QUESTIONNAIRE_TEXTS = """
			select 'DIMENSION' kind, code item_key, 'name' field, name en from interest_dimension
			union all select 'DIMENSION', code, 'description', description from interest_dimension
			union all select 'QUESTION', concat(cast(version as varchar(10)), '.', code), 'text', text from question
			union all select 'QUESTION', concat(cast(version as varchar(10)), '.', code), 'label', label from question
			union all select 'QUESTION', concat(cast(version as varchar(10)), '.', code), 'hint', hint from question
			""";

	private String spanishText(String kind, String item, String field) {
		return this.jdbc.queryForObject(
				"select text from catalog_text where kind = ? and item_key = ? and field = ? and locale = 'es'",
				String.class, kind, item, field);
	}

	/** The numbers of the score chart's description, in order. */
	private static List<String> scores(String page) {
		Matcher desc = Pattern.compile("<desc id=\"bars-desc\">([^<]*)</desc>").matcher(page);
		assertThat(desc.find()).isTrue();
		return Pattern.compile("\\d+").matcher(desc.group(1)).results().map(MatchResult::group).toList();
	}

	private static String firstCareer(String page) {
		Matcher career = Pattern.compile("href=\"/careers/([a-z0-9-]+)\"").matcher(page);
		assertThat(career.find()).isTrue();
		return career.group(1);
	}

	/** As Thymeleaf escapes text: markup characters only, accents as they are. */
	private static String escaped(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
