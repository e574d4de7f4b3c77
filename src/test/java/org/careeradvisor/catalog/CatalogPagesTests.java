package org.careeradvisor.catalog;

import org.careeradvisor.catalog.internal.Career;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every catalog page through the whole stack (security, MVC, Thymeleaf, JPA on the
 * migrated database).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void homeIntroducesBothDisciplinesAndTheWaysIn() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Health Informatics", "Health Information Management", "href=\"/compare\"", "href=\"/careers\"",
					"href=\"/certifications\"", "href=\"/programs\"", "href=\"/competencies\"");
	}

	@Test
	void compareShowsRangesComputedFromTheCatalog() {
		assertThat(this.mvc.get().uri("/compare")).hasStatusOk()
			.bodyText()
			.contains("HI and HIM side by side", "$50,250 to $117,960", "$67,310 to $171,200", "7% to 34%",
					"5.6% to 34%", "RHIA", "AHIC", "Revenue Cycle Management");
	}

	@Test
	void careersListShowsEveryCareerWithTheCurrentEdition() {
		assertThat(this.mvc.get().uri("/careers")).hasStatusOk()
			.bodyText()
			.contains("18 careers", "Medical Coder", "$50,250", "Median pay of all workers (May 2024)",
					"Growth 2024\u201334", "No official figures", "Third-party report", "reported by third parties")
			.doesNotContain("come from official occupation data");
	}

	@Test
	void careersListFiltersByDisciplineAndEducation() {
		assertThat(this.mvc.get().uri("/careers?discipline=him&education=associate")).hasStatusOk()
			.bodyText()
			.contains("Cancer (Tumor) Registrar", "Health Information Technologist")
			.doesNotContain("Medical Coder</a>", "Biostatistician</a>");
		assertThat(this.mvc.get().uri("/careers?discipline=hi")).hasStatusOk()
			.bodyText()
			.contains("Biostatistician")
			.doesNotContain("Medical Coder</a>");
	}

	@Test
	void careersListSortsByPayAndGrowth() throws Exception {
		String byPay = this.mvc.get().uri("/careers?sort=pay").exchange().getResponse().getContentAsString();
		assertThat(byPay.indexOf("Chief Medical Information Officer")).isLessThan(byPay.indexOf("Medical Coder"));
		String byGrowth = this.mvc.get().uri("/careers?sort=growth").exchange().getResponse().getContentAsString();
		assertThat(byGrowth.indexOf("Health Data Analyst")).isLessThan(byGrowth.indexOf("Biostatistician"));
	}

	@Test
	void careersListRejectsUnknownFilterValues() {
		assertThat(this.mvc.get().uri("/careers?sort=salary")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("We could not read that request")
			.doesNotContain("Exception");
		assertThat(this.mvc.get().uri("/careers?discipline=nursing")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void careerPageShowsFiguresWithSourceAndStatus() {
		assertThat(this.mvc.get().uri("/careers/medical-coder")).hasStatusOk()
			.bodyText()
			.contains("Medical Coder", "$50,250", "7%", "Third-party report",
					"https://www.startrightcareers.com/occupation/medical-records-specialists",
					"counted with medical records specialists", "29-2072.00", "Earlier editions", "$48,780",
					"Assign CPT and HCPCS codes", "CDIP", "Clinical Documentation Integrity (CDI) Specialist",
					"Medical Records Specialist", "Revenue Cycle Management", "Medical coding certificate");
	}

	@Test
	void careerPageLabelsPrimaryAndUnverifiedFigures() {
		assertThat(this.mvc.get().uri("/careers/medical-and-health-services-manager")).hasStatusOk()
			.bodyText()
			.contains("$117,960", "23%", "$110,680", "29%", "Checked on primary source",
					"https://www.bls.gov/ooh/management/medical-and-health-services-managers.htm");
		assertThat(this.mvc.get().uri("/careers/cancer-registrar")).hasStatusOk()
			.bodyText()
			.contains("$67,310", "Unverified", "publisher not identified", "$58,250");
		assertThat(this.mvc.get().uri("/careers/privacy-officer")).hasStatusOk()
			.bodyText()
			.contains("No official pay or growth figures were found");
	}

	@Test
	void careerPageShowsStepsBothWays() {
		assertThat(this.mvc.get().uri("/careers/him-director")).hasStatusOk()
			.bodyText()
			.contains("Where it can lead", "Medical and Health Services Manager", "less than 5 years",
					"Where people come from", "Clinical Documentation Integrity (CDI) Specialist", "RHIA");
	}

	@Test
	void certificationPagesShowRulesAndStatus() {
		assertThat(this.mvc.get().uri("/certifications")).hasStatusOk()
			.bodyText()
			.contains("19 certifications", "RHIA", "CPHIMS", "RN-BC", "Not found");
		assertThat(this.mvc.get().uri("/certifications/chps")).hasStatusOk()
			.bodyText()
			.contains("Certified in Healthcare Privacy and Security", "high school plus 6 years",
					"A bachelor&#39;s degree and 2 years of health-care privacy or security management",
					"Privacy Officer", "https://www.ahima.org/certification-careers/certification-exams/chps/",
					"40% of these units must come from AHIMA");
		assertThat(this.mvc.get().uri("/certifications/cpc")).hasStatusOk()
			.bodyText()
			.contains("100 multiple-choice questions", "Medical coding certificate");
	}

	@Test
	void catalogFactsCheckedAgainstTheIssuers() {
		assertThat(this.mvc.get().uri("/programs/him-post-baccalaureate-certificate")).hasStatusOk()
			.bodyText()
			.contains("CAHIIM-approved, within an accredited program", "a stand-alone certificate does not qualify");
		assertThat(this.mvc.get().uri("/programs")).hasStatusOk().bodyText().contains("CAHIIM-approved");
		assertThat(this.mvc.get().uri("/programs/hi-graduate-certificate")).hasStatusOk()
			.bodyText()
			.contains("Generally none", "digital-health");
		assertThat(this.mvc.get().uri("/programs/him-associate")).hasStatusOk()
			.bodyText()
			.contains("Where it leads next", "HIM bachelor", "CCS");
		assertThat(this.mvc.get().uri("/programs/hi-master")).hasStatusOk()
			.bodyText()
			.contains("Typical admission", "bachelor&#39;s degree in any field");
		assertThat(this.mvc.get().uri("/certifications/informatics-nursing")).hasStatusOk()
			.bodyText()
			.contains("ANCC", "RN-BC", "registered nurse", "Third-party", "nursingworld.org");
		assertThat(this.mvc.get().uri("/certifications/cpdhts")).hasStatusOk()
			.bodyText()
			.contains("a bachelor&#39;s degree and 5 years", "https://www.himss.org/resources-certification/cpdhts");
		assertThat(this.mvc.get().uri("/certifications/ccds")).hasStatusOk()
			.bodyText()
			.contains("clinical documentation specialist", "acdis.org/faq");
		assertThat(this.mvc.get().uri("/search?q=coding")).hasStatusOk().bodyText().contains("Medical Coder");
		for (String page : new String[] { "/certifications/ahic", "/programs/hi-bachelor", "/certifications/chps",
				"/careers/privacy-officer", "/programs/him-bachelor" }) {
			assertThat(this.mvc.get().uri(page)).as(page)
				.hasStatusOk()
				.bodyText()
				.doesNotContain("not captured", "not found in corpus", "after 8 years", "cms-test", "cms-qa",
						"conference-test", "matrixdev");
		}
	}

	@Test
	void programPagesShowWhatEachProgramOpens() {
		assertThat(this.mvc.get().uri("/programs")).hasStatusOk()
			.bodyText()
			.contains("Associate degree in health information management", "Doctorate in health or biomedical");
		assertThat(this.mvc.get().uri("/programs/him-bachelor")).hasStatusOk()
			.bodyText()
			.contains("At graduation", "RHIA", "After some years of work", "CHPS", "HIM Director");
		assertThat(this.mvc.get().uri("/programs/hi-master")).hasStatusOk()
			.bodyText()
			.contains("AHIC", "after 4 years", "Clinical / Nurse Informaticist");
	}

	@Test
	void competenciesAreGroupedByFramework() {
		assertThat(this.mvc.get().uri("/competencies")).hasStatusOk()
			.bodyText()
			.contains("AHIMA HIM Curricula Competencies (2018)", "AMIA foundational domains",
					"Revenue Cycle Management", "Human Factors and Socio-technical Systems", "Core for:",
					"could not be confirmed");
	}

	@Test
	void searchFindsEveryKindOfItem() {
		assertThat(this.mvc.get().uri("/search?q=privacy")).hasStatusOk()
			.bodyText()
			.contains("Privacy Officer", "CHPS", "Information Protection");
		assertThat(this.mvc.get().uri("/search").param("q", "health informatics")).hasStatusOk()
			.bodyText()
			.contains("Master&#39;s degree in health informatics", "Health Informatics Specialist");
		assertThat(this.mvc.get().uri("/search?q=zzzz")).hasStatusOk().bodyText().contains("No results");
		assertThat(this.mvc.get().uri("/search")).hasStatusOk().bodyText().doesNotContain("result");
	}

	@Test
	void searchTreatsWildcardsAsText() {
		assertThat(this.mvc.get().uri("/search?q=%25")).hasStatusOk().bodyText().contains("No results");
		assertThat(this.mvc.get().uri("/search?q=_")).hasStatusOk().bodyText().contains("No results");
	}

	@Test
	void searchRejectsOverlongQueries() {
		assertThat(this.mvc.get().uri("/search?q=" + "a".repeat(101))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("at most 100 characters", "aria-invalid=\"true\"");
	}

	@Test
	void searchEscapesWhatItEchoes() {
		assertThat(this.mvc.get().uri("/search?q=<script>alert(1)</script>")).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;");
	}

	@Test
	void unknownSlugsAnswer404InTheSiteLayout() {
		for (String uri : new String[] { "/careers/astronaut", "/certifications/xyz", "/programs/phd-in-magic",
				"/no-such-page" }) {
			assertThat(this.mvc.get().uri(uri)).hasStatus(HttpStatus.NOT_FOUND)
				.bodyText()
				.contains("Page not found", "HI or HIM? Career Advisor", "href=\"/careers\"")
				.doesNotContain("Exception", "at org.");
		}
	}

	@Test
	void postWithoutCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/search")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void wrongMethodAnswers405() {
		assertThat(this.mvc.post().uri("/careers").with(csrf())).hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.bodyText()
			.contains("That action is not possible here");
	}

	@Test
	void pagesCarryStrictSecurityHeaders() {
		assertThat(this.mvc.get().uri("/careers")).hasStatusOk()
			.headers()
			.hasValue("Content-Security-Policy",
					"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
							+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
							+ "frame-ancestors 'none'")
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "same-origin");
	}

	@Test
	void onlyHealthAndInfoAreExposed() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/env")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/actuator/beans")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void staticFilesAreServedUnderTheirOwnPrefix() {
		assertThat(this.mvc.get().uri("/resources/css/site.css")).hasStatusOk();
	}

}
