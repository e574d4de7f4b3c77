package org.careeradvisor.results;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import jakarta.persistence.EntityManagerFactory;
import org.careeradvisor.support.QuestionnaireDriver;
import org.careeradvisor.web.SecureTokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Stored results: the shared page, its QR code and JSON, the manage page and deletion.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	QuestionnaireDriver driver;

	String manageLink;

	String viewToken;

	@BeforeEach
	void completeAQuestionnaire() {
		this.driver = new QuestionnaireDriver(this.mvc);
		this.manageLink = this.driver.complete("standard", QuestionnaireDriver::hiPersona);
		this.viewToken = this.driver.viewToken(this.manageLink);
	}

	@Test
	void resultPageShowsVerdictReasonsAndRecommendations() {
		int release = this.jdbc.queryForObject("select release from catalog_release", Integer.class);
		assertThat(this.mvc.get().uri("/results/{t}", this.viewToken)).hasStatusOk()
			.bodyText()
			.contains("<title>Result: HI fits better, ", "Health Informatics fits your answers better",
					"Your two strongest kinds of work are", "role=\"img\"", "<desc id=\"bars-desc\">", "out of 100",
					"A difference under 10 points counts as a close call",
					"Tasks you liked that are Health Informatics work", "You strongly liked", "an HI task",
					"Tasks you disliked that are Health Information Management work", "You strongly disliked",
					"an HIM task", "Careers that fit", "Median pay of all workers", "Third-party report",
					"Within reach later", "Programs to look at", "Next steps",
					"May 2024 wages and 2024\u201334 projections", "questionnaire version 2",
					"Catalog release " + release, "http://localhost/results/" + this.viewToken,
					"/results/" + this.viewToken + "/qr.png", "/results/" + this.viewToken + ".json")
			.doesNotContain("Delete my result", this.manageLink, "full table not captured");
		assertThat(this.mvc.get().uri("/results/{t}", this.viewToken)).headers()
			.hasValue("X-Robots-Tag", "noindex, nofollow")
			.containsHeader("Content-Security-Policy");
	}

	@Test
	void resultsStoredInTheFirstFormatStillRender() {
		String view = SecureTokens.newToken();
		this.jdbc.update("""
				insert into result (view_token, manage_token_hash, questionnaire_version, catalog_version, form,
				    hi_score, him_score, verdict, created_at, snapshot)
				values (?, ?, 1, '5', 'QUICK', 70, 40, 'HI', timestamp '2026-11-01 10:00:00', ?)""", view,
				SecureTokens.hash(SecureTokens.newToken()), FIRST_FORMAT);
		assertThat(this.mvc.get().uri("/results/{t}", view)).hasStatusOk()
			.bodyText()
			.contains("Answers that pushed toward HI", "Design a data model", "you answered: Strongly like",
					"after you finish an associate degree", "questionnaire version 1", "Clinical licence: No")
			.doesNotContain("a Associate");
		// In Spanish too, with the same scores, though it was stored before the site
		// spoke
		// Spanish.
		assertThat(this.mvc.get().uri("/results/{t}?lang=es", view)).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"es\"", "70 de 100", "40 de 100")
			.doesNotContain("Answers that pushed toward HI");
	}

	/** A result as the first format stored it, before reasons were grouped. */
	static final String FIRST_FORMAT = """
			{"questionnaireVersion":1,"catalogVersion":"5","form":"QUICK","createdAt":"2026-11-01T10:00:00Z",
			"hiScore":70,"himScore":40,"verdict":"HI","figureEdition":2024,
			"dimensions":[{"code":"systems","name":"Systems design and build","score":80}],
			"towardHi":[{"code":"s1","text":"Design a data model","answer":5,"points":4.2}],"towardHim":[],
			"careers":[{"slug":"ehr-analyst","title":"EHR analyst","affinity":"HI","fit":80,"label":"STRONG",
			"entryEducation":"BACHELOR","needsLicence":false,"medianPayUsd":103790,"growthPct":9.0,
			"figureStatus":"THIRD_PARTY"}],
			"certifications":[{"slug":"chps","acronym":"CHPS","fullName":"Certified in Healthcare Privacy and Security",
			"reach":"AFTER_EDUCATION","education":"ASSOCIATE","programSlug":null,"programName":null,"years":0,
			"route":"Associate degree plus 4 years of experience."}],
			"programs":[],"profile":{"educationDone":"HIGH_SCHOOL","educationPlanned":"BACHELOR","yearsExperience":0,
			"clinicalLicence":false},"answers":[{"code":"s1","text":"Design a data model","answer":5}]}""";

	@Test
	void linksCarryLongRandomTokensAndNoDatabaseIds() {
		assertThat(this.viewToken).matches("[A-Za-z0-9_-]{24}");
		assertThat(this.manageLink).matches("/results/manage/[A-Za-z0-9_-]{24}");
		Long id = this.jdbc.queryForObject("select id from result where view_token = ?", Long.class, this.viewToken);
		assertThat(this.viewToken).isNotEqualTo(String.valueOf(id));
		assertThat(this.jdbc.queryForObject("select count(*) from result where manage_token_hash = ?", Long.class,
				this.manageLink.substring("/results/manage/".length())))
			.as("the manage token is stored only as a hash")
			.isZero();
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			tokens.add(SecureTokens.newToken());
		}
		assertThat(tokens).hasSize(10_000).allMatch(SecureTokens::isWellFormed);
	}

	@Test
	void qrCodeOpensTheSharedLink() throws IOException, NotFoundException {
		byte[] png = this.mvc.get()
			.uri("/results/{t}/qr.png", this.viewToken)
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		String decoded = new MultiFormatReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
		assertThat(decoded).isEqualTo("http://localhost/results/" + this.viewToken);
	}

	@Test
	void jsonExportIsTheStoredSnapshot() {
		var response = this.mvc.get().uri("/results/{t}.json", this.viewToken).exchange();
		assertThat(response).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		String stored = this.jdbc.queryForObject("select snapshot from result where view_token = ?", String.class,
				this.viewToken);
		String body = QuestionnaireDriver.body(this.mvc.get().uri("/results/{t}.json", this.viewToken));
		assertThat(body).isEqualTo(stored);
		ResultSnapshot snapshot = this.json.readValue(body, ResultSnapshot.class);
		assertThat(snapshot.verdict()).isEqualTo("HI");
		assertThat(snapshot.answers()).hasSize(30);
		assertThat(snapshot.hiScore()).isBetween(0, 100);
	}

	@Test
	void resultPageRendersFromOneQuery() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(this.mvc.get().uri("/results/{t}", this.viewToken)).hasStatusOk();
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
	}

	@Test
	void managePageOffersDeletionAndDeletingRemovesEverything() {
		assertThat(this.mvc.get().uri(this.manageLink)).hasStatusOk()
			.bodyText()
			.contains("<title>Your private result page: HI fits better, ", "This page is private", "Delete my result",
					"http://localhost" + this.manageLink, "http://localhost/results/" + this.viewToken,
					"Print from the shareable page")
			.doesNotContain("data-print");
		assertThat(this.mvc.get().uri(this.manageLink + "/delete")).hasStatusOk()
			.bodyText()
			.contains("Delete your result?", "Yes, delete it for good", "name=\"confirm\" value=\"yes\"");
		assertThat(this.mvc.post().uri(this.manageLink + "/delete").param("confirm", "yes"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri(this.manageLink + "/delete").with(csrf()))
			.as("without the confirmation step nothing is deleted")
			.hasRedirectedUrl(this.manageLink + "/delete");
		assertThat(this.mvc.get().uri("/results/{t}", this.viewToken)).hasStatusOk();

		assertThat(this.mvc.post().uri(this.manageLink + "/delete").with(csrf()).param("confirm", "yes"))
			.hasRedirectedUrl("/results/deleted");
		assertThat(this.mvc.get().uri("/results/deleted")).hasStatusOk().bodyText().contains("was deleted");
		assertThat(this.jdbc.queryForObject("select count(*) from result where view_token = ?", Long.class,
				this.viewToken))
			.isZero();
		assertThat(this.mvc.get().uri("/results/{t}", this.viewToken)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/results/{t}.json", this.viewToken)).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(404);
		assertThat(this.mvc.get().uri("/results/{t}/qr.png", this.viewToken)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(this.manageLink)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(this.manageLink + "/delete")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri(this.manageLink + "/delete").with(csrf()).param("confirm", "yes"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void malformedAndUnknownTokensAnswer404() {
		for (String token : new String[] { "abc", "AAAAAAAAAAAAAAAAAAAAAAAA", "1", "x'--", this.viewToken + "A" }) {
			assertThat(this.mvc.get().uri("/results/{t}", token)).as(token)
				.hasStatus(HttpStatus.NOT_FOUND)
				.bodyText()
				.contains("Page not found");
			assertThat(this.mvc.get().uri("/results/{t}.json", token)).hasStatus(HttpStatus.NOT_FOUND)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyText()
				.contains("No result exists at this address");
			assertThat(this.mvc.get().uri("/results/manage/{t}", token)).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(this.mvc.get().uri("/results/manage/{t}", this.viewToken)).as("a view token cannot manage")
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void storedResultsNeverChangeWhenTheCatalogOrQuestionsChange() {
		String before = QuestionnaireDriver.body(this.mvc.get().uri("/results/{t}", this.viewToken));
		String json = QuestionnaireDriver.body(this.mvc.get().uri("/results/{t}.json", this.viewToken));
		ResultSnapshot snapshot = this.json.readValue(json, ResultSnapshot.class);
		String careerSlug = snapshot.careers().get(0).slug();
		String question = snapshot.answers().get(0).text();
		String oldTitle = this.jdbc.queryForObject("select title from career where slug = ?", String.class, careerSlug);
		List<Map<String, Object>> oldPay = this.jdbc.queryForList(
				"select edition, median_pay_usd from career_outlook where career_id = (select id from career where slug = ?)",
				careerSlug);
		try {
			this.jdbc.update("update career set title = 'Renamed career' where slug = ?", careerSlug);
			this.jdbc.update("update career_outlook set median_pay_usd = 1 where career_id = "
					+ "(select id from career where slug = ?)", careerSlug);
			this.jdbc.update("update question set text = 'Reworded question' where code = ? and version = ?",
					snapshot.answers().get(0).code(), snapshot.questionnaireVersion());
			String after = QuestionnaireDriver.body(this.mvc.get().uri("/results/{t}", this.viewToken));
			assertThat(after).isEqualTo(before)
				.contains(HtmlUtils.htmlEscape(oldTitle), HtmlUtils.htmlEscape(question))
				.doesNotContain("Renamed career", "Reworded question");
			assertThat(QuestionnaireDriver.body(this.mvc.get().uri("/results/{t}.json", this.viewToken)))
				.isEqualTo(json);
		}
		finally {
			// Put every changed row back, so that no other test sees the edits.
			this.jdbc.update("update career set title = ? where slug = ?", oldTitle, careerSlug);
			oldPay.forEach((row) -> this.jdbc.update(
					"update career_outlook set median_pay_usd = ? where edition = ? "
							+ "and career_id = (select id from career where slug = ?)",
					row.get("median_pay_usd"), row.get("edition"), careerSlug));
			this.jdbc.update("update question set text = ? where code = ? and version = ?", question,
					snapshot.answers().get(0).code(), snapshot.questionnaireVersion());
		}
	}

}
