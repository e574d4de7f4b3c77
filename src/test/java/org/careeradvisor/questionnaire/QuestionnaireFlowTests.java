package org.careeradvisor.questionnaire;

import java.util.List;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.Set;
import java.util.function.Function;

import org.careeradvisor.support.QuestionnaireDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The questionnaire through the whole stack, including every kind of bad input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionnaireFlowTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DraftRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	QuestionnaireDriver driver;

	@BeforeEach
	void driver() {
		this.driver = new QuestionnaireDriver(this.mvc);
	}

	String start(String form) {
		return this.driver.start(form);
	}

	List<String> page(String token, int page) {
		return this.driver.questions(token, page);
	}

	@Test
	void introOffersBothForms() {
		assertThat(this.mvc.get().uri("/questionnaire")).hasStatusOk()
			.bodyText()
			.contains("30 questions", "12 questions", "name=\"_csrf\"", "Start the standard form",
					"Start the quick form");
	}

	@Test
	void startingCreatesADraftAndOpensPageOne() {
		String token = start("standard");
		assertThat(token).matches("[A-Za-z0-9_-]{24}");
		assertThat(this.mvc.get().uri("/questionnaire/{t}/1", token)).hasStatusOk()
			.bodyText()
			.contains("Page 1 of 4, 0 of 30 answered", "name=\"q_r1\"", "Strongly dislike", "Strongly like")
			.doesNotContain("name=\"q_s2\"");
		String quick = start("quick");
		assertThat(this.mvc.get().uri("/questionnaire/{t}/1", quick)).hasStatusOk()
			.bodyText()
			.contains("Page 1 of 3, 0 of 12 answered");
	}

	@Test
	void nextAndBackKeepAnswers() {
		String token = start("standard");
		assertThat(post(token, 1, QuestionnaireDriver.answers(page(token, 1), (code) -> 4), "next"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/questionnaire/" + token + "/2");
		assertThat(this.mvc.get().uri("/questionnaire/{t}/2", token)).bodyText()
			.contains("Page 2 of 4, 10 of 30 answered");
		Map<String, String> partial = Map.of("q_" + page(token, 2).get(0), "2");
		assertThat(post(token, 2, partial, "back")).hasRedirectedUrl("/questionnaire/" + token + "/1");
		assertThat(answerCount(token)).isEqualTo(11);
		String pageOne = QuestionnaireDriver.body(this.mvc.get().uri("/questionnaire/{t}/1", token));
		assertThat(pageOne.split("checked=\"checked\"", -1)).hasSize(11);
	}

	@Test
	void missingAnswersComeBackWithAMessageAtEachAndNothingIsStored() {
		String token = start("standard");
		List<String> codes = page(token, 1);
		Map<String, String> most = QuestionnaireDriver.answers(codes.subList(0, 8), (code) -> 5);
		assertThat(post(token, 1, most, "next")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("2 questions on this page have no answer yet", "id=\"error-" + codes.get(8) + "\"",
					"id=\"error-" + codes.get(9) + "\"")
			.doesNotContain("id=\"error-" + codes.get(0) + "\"");
		assertThat(answerCount(token)).isZero();
	}

	@Test
	void offScaleUnknownAndDuplicateAnswersAreRejectedAndNothingIsStored() {
		String token = start("standard");
		String code = page(token, 1).get(0);
		assertThat(post(token, 1, Map.of("q_" + code, "6"), "back")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("not one of the five choices");
		assertThat(post(token, 1, Map.of("q_" + code, "0"), "back")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post(token, 1, Map.of("q_" + code, "four"), "back")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post(token, 1, Map.of("q_" + code, "3.5"), "back")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post(token, 1, Map.of("q_" + code, "3"), "jump")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post(token, 1, Map.of("q_zz9", "3"), "back")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("not on this page");
		String otherPage = page(token, 2).get(0);
		assertThat(post(token, 1, Map.of("q_" + otherPage, "3"), "back")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post()
			.uri("/questionnaire/{t}/1", token)
			.with(csrf())
			.param("action", "back")
			.param("q_" + code, "3", "4")).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("two answers");
		assertThat(answerCount(token)).isZero();
	}

	@Test
	void postsWithoutAValidCsrfTokenAreRefusedAndNothingIsStored() {
		String token = start("standard");
		String code = page(token, 1).get(0);
		assertThat(this.mvc.post().uri("/questionnaire/{t}/1", token).param("q_" + code, "3").param("action", "back"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/questionnaire/{t}/1", token)
			.with(csrf().useInvalidToken())
			.param("q_" + code, "3")
			.param("action", "back")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/questionnaire").param("form", "standard")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(answerCount(token)).isZero();
	}

	@Test
	void oversizedBodiesAreRefused() {
		String token = start("standard");
		assertThat(this.mvc.post()
			.uri("/questionnaire/{t}/1", token)
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("q_r1=3&padding=" + "x".repeat(70_000))).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(answerCount(token)).isZero();
	}

	@Test
	void unknownFormsPagesAndDraftsAreRejected() {
		assertThat(this.mvc.post().uri("/questionnaire").with(csrf()).param("form", "huge"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post().uri("/questionnaire").with(csrf())).hasStatus(HttpStatus.BAD_REQUEST);
		String token = start("quick");
		assertThat(this.mvc.get().uri("/questionnaire/{t}/3", token)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/questionnaire/{t}/0", token)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/questionnaire/not-a-token/1")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/questionnaire/AAAAAAAAAAAAAAAAAAAAAAAA/1")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theResumeLinkReturnsToTheFirstUnansweredPage() {
		String token = start("standard");
		post(token, 1, QuestionnaireDriver.answers(page(token, 1), (code) -> 3), "next").exchange();
		assertThat(this.mvc.get().uri("/questionnaire/{t}", token)).hasRedirectedUrl("/questionnaire/" + token + "/2");
		assertThat(post(token, 2, Map.of(), "save")).hasRedirectedUrl("/questionnaire/" + token + "/saved");
		assertThat(this.mvc.get().uri("/questionnaire/{t}/saved", token)).hasStatusOk()
			.bodyText()
			.contains("10 of 30 questions", "/questionnaire/" + token);
	}

	@Test
	void aboutYouRejectsInvalidAnswersWithAMessageAtEach() {
		long before = resultCount();
		String token = answerAll(start("standard"), (code) -> 4);
		assertThat(this.mvc.post()
			.uri("/questionnaire/{t}/about", token)
			.with(csrf())
			.param("action", "submit")
			.param("educationDone", "high_school")
			.param("educationPlanned", "high_school")
			.param("yearsCoding", "many")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Please correct these answers", "or say that you have not decided", "whole number of years",
					"if you hold no clinical licence", "value=\"many\"");
		assertThat(this.mvc.post()
			.uri("/questionnaire/{t}/about", token)
			.with(csrf())
			.param("action", "submit")
			.param("educationDone", "bachelor")
			.param("educationPlanned", "master")
			.param("yearsPrivacy", "61")
			.param("licence", "maybe")).hasStatus(HttpStatus.BAD_REQUEST);
		String empty = QuestionnaireDriver
			.body(this.mvc.post().uri("/questionnaire/{t}/about", token).with(csrf()).param("action", "submit"));
		// Each problem once in the summary (as a link to its field) and once at the
		// field.
		assertThat(empty.split("if you hold no clinical licence", -1)).as("one message per problem").hasSize(3);
		assertThat(empty.split("Please choose the highest education you have finished", -1)).hasSize(3);
		assertThat(empty).contains("href=\"#educationDone\"", "href=\"#licence\"");
		assertThat(resultCount()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select education_done from draft where token = ?", String.class, token))
			.isNull();
	}

	@Test
	void aPlanBelowFinishedEducationAndUnknownCredentialsAreCaught() {
		long before = resultCount();
		String token = answerAll(start("quick"), (code) -> 4);
		assertThat(this.mvc.post()
			.uri("/questionnaire/{t}/about", token)
			.with(csrf())
			.param("action", "submit")
			.param("educationDone", "bachelor")
			.param("educationPlanned", "associate")
			.param("licence", "none")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("lower than what you have already finished", "href=\"#educationPlanned\"");
		assertThat(this.mvc.post()
			.uri("/questionnaire/{t}/about", token)
			.with(csrf())
			.param("action", "submit")
			.param("educationDone", "bachelor")
			.param("educationPlanned", "no_more")
			.param("credentials", "rhia", "astronaut")
			.param("licence", "none")).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("not in our catalog");
		assertThat(resultCount()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from draft_credential c join draft d on d.id = c.draft_id " + "where d.token = ?",
				Long.class, token))
			.isZero();
	}

	@Test
	void anUndecidedPlanWithExperienceAndCredentialsIsAccepted() {
		String token = answerAll(start("quick"), (code) -> code.startsWith("p") ? 5 : 2);
		String manage = this.mvc.post()
			.uri("/questionnaire/{t}/about", token)
			.with(csrf())
			.param("action", "submit")
			.param("educationDone", "bachelor")
			.param("educationPlanned", "undecided")
			.param("yearsPrivacy", "3")
			.param("yearsCoding", "")
			.param("credentials", "rhit")
			.param("licence", "rn")
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		assertThat(manage).startsWith("/results/manage/");
		assertThat(this.mvc.get().uri(manage)).hasStatusOk()
			.bodyText()
			.contains("Planned: Not decided yet", "Privacy, security or compliance management in health care, 3 years",
					"Credentials: RHIT", "Registered nurse (RN)");
	}

	@Test
	void versionTwoExplainsEachTaskAndDraftsOnVersionOneFinishThere() {
		String token = start("standard");
		assertThat(this.mvc.get().uri("/questionnaire/{t}/1", token)).hasStatusOk()
			.bodyText()
			.contains("This is medical coding, not programming", "Neutral: neither like nor dislike",
					"aria-describedby=\"hint-c1\"");
		this.jdbc.update("update draft set version = 1 where token = ?", token);
		assertThat(this.mvc.get().uri("/questionnaire/{t}/1", token)).hasStatusOk()
			.bodyText()
			.contains("Assign diagnosis codes to a hospital stay from the doctor&#39;s notes")
			.doesNotContain("class=\"hint\"");
	}

	@Test
	void submittingBeforeEveryAnswerShowsTheIncompletePage() {
		long before = resultCount();
		String token = start("standard");
		post(token, 1, QuestionnaireDriver.answers(page(token, 1), (code) -> 4), "next").exchange();
		assertThat(submit(token)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Questionnaire, page 2 of 4", "every question needs an answer");
		assertThat(resultCount()).isEqualTo(before);
	}

	@Test
	void submittingStoresOneResultAndASecondSubmitLandsOnIt() {
		long before = resultCount();
		String token = answerAll(start("standard"), (code) -> code.startsWith("c") ? 5 : 2);
		MvcTestResult submitted = submit(token).exchange();
		assertThat(submitted).hasStatus(HttpStatus.FOUND);
		String manage = submitted.getResponse().getRedirectedUrl();
		assertThat(manage).matches("/results/manage/[A-Za-z0-9_-]{24}");
		assertThat(resultCount()).isEqualTo(before + 1);
		// A double click: the same result, not a second one, and no error.
		assertThat(submit(token)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(manage);
		assertThat(resultCount()).isEqualTo(before + 1);
		// The draft's pages and its resume link now lead to the result.
		assertThat(this.mvc.get().uri("/questionnaire/{t}/1", token)).hasRedirectedUrl(manage);
		assertThat(this.mvc.get().uri("/questionnaire/{t}", token)).hasRedirectedUrl(manage);
		assertThat(this.mvc.get().uri("/questionnaire/{t}/about", token)).hasRedirectedUrl(manage);
		assertThat(post(token, 1, Map.of("q_r1", "3"), "next")).hasRedirectedUrl(manage);
		assertThat(this.mvc.get().uri(manage)).hasStatusOk();
	}

	@Test
	void concurrentSubmitsOfOneDraftStoreOneResult() throws Exception {
		long before = resultCount();
		String token = answerAll(start("quick"), (code) -> code.startsWith("s") ? 5 : 2);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<MvcTestResult>> submits = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				submits.add(pool.submit(() -> submit(token).exchange()));
			}
			Set<String> locations = new HashSet<>();
			for (Future<MvcTestResult> submit : submits) {
				MvcTestResult result = submit.get(60, TimeUnit.SECONDS);
				assertThat(result.getResponse().getStatus()).isEqualTo(302);
				locations.add(result.getResponse().getRedirectedUrl());
			}
			assertThat(resultCount()).isEqualTo(before + 1);
			assertThat(locations).allMatch((location) -> location.startsWith("/results/manage/")
					|| location.equals("/questionnaire/" + token));
			assertThat(locations).filteredOn((location) -> location.startsWith("/results/manage/")).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void submittedDraftsAreForgottenAfterAnHour() {
		String old = answerAll(start("quick"), (code) -> 4);
		submit(old).exchange();
		this.jdbc.update("update draft set submitted_at = submitted_at - interval '2' hour where token = ?", old);
		this.retention.purge();
		assertThat(this.jdbc.queryForObject("select count(*) from draft where token = ?", Long.class, old)).isZero();
		assertThat(this.mvc.get().uri("/questionnaire/{t}", old)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void personasGetTheVerdictTheirAnswersDeserve() {
		assertThat(verdictPage(answerAll(start("standard"), QuestionnaireDriver::hiPersona)))
			.contains("Health Informatics fits your answers better");
		assertThat(verdictPage(answerAll(start("standard"), QuestionnaireDriver::himPersona)))
			.contains("Health Information Management fits your answers better");
		assertThat(verdictPage(answerAll(start("quick"), (code) -> 4)))
			.contains("Your answers cannot tell HI and HIM apart", "Take the questionnaire again");
	}

	private String verdictPage(String token) {
		String manage = submit(token).exchange().getResponse().getRedirectedUrl();
		assertThat(manage).isNotNull();
		return QuestionnaireDriver.body(this.mvc.get().uri(manage));
	}

	String answerAll(String token, Function<String, Integer> answer) {
		for (int page = 1;; page++) {
			List<String> codes = page(token, page);
			MvcTestResult result = post(token, page, QuestionnaireDriver.answers(codes, answer), "next").exchange();
			if (result.getResponse().getRedirectedUrl().endsWith("/about")) {
				return token;
			}
		}
	}

	MockMvcRequestBuilder submit(String token) {
		return this.mvc.post()
			.uri("/questionnaire/{t}/about", token)
			.with(csrf())
			.param("action", "submit")
			.param("educationDone", "high_school")
			.param("educationPlanned", "bachelor")
			.param("licence", "none");
	}

	MockMvcRequestBuilder post(String token, int page, Map<String, String> params, String action) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri("/questionnaire/{t}/{p}", token, page)
			.with(csrf())
			.param("action", action);
		params.forEach(request::param);
		return request;
	}

	long answerCount(String token) {
		return this.jdbc.queryForObject(
				"select count(*) from draft_answer a join draft d on d.id = a.draft_id where d.token = ?", Long.class,
				token);
	}

	long resultCount() {
		return this.jdbc.queryForObject("select count(*) from result", Long.class);
	}

}
