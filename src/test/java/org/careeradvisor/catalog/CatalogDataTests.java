package org.careeradvisor.catalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.careeradvisor.catalog.internal.Career;
import org.careeradvisor.catalog.internal.CareerRepository;
import org.careeradvisor.catalog.internal.CareerStepRepository;
import org.careeradvisor.catalog.internal.Certification;
import org.careeradvisor.catalog.internal.CertificationRepository;
import org.careeradvisor.catalog.internal.CertificationRouteRepository;
import org.careeradvisor.catalog.internal.CompetencyRepository;
import org.careeradvisor.catalog.internal.Program;
import org.careeradvisor.catalog.internal.ProgramRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the seeded catalog and the repository queries on a freshly migrated database.
 * The PostgreSQL subclass runs every check again on a real PostgreSQL server.
 */
// Boot's own test database, not the one @DataJpaTest would swap in: with H2 2.4 that
// replacement fails every
// write that a CHECK constraint guards ("database has been closed" inside the
// constraint).
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class CatalogDataTests {

	/** The reference's career ids, mapped to our slugs. */
	private static final Map<String, String> REFERENCE_IDS = Map.ofEntries(
			Map.entry("mhsm", "medical-and-health-services-manager"), Map.entry("him_director", "him-director"),
			Map.entry("med_records_spec", "medical-records-specialist"), Map.entry("medical_coder", "medical-coder"),
			Map.entry("roi_specialist", "release-of-information-specialist"),
			Map.entry("hit_med_registrar", "health-information-technologist"),
			Map.entry("cancer_registrar", "cancer-registrar"), Map.entry("cdi_specialist", "cdi-specialist"),
			Map.entry("health_informatics_spec", "health-informatics-specialist"),
			Map.entry("clinical_informaticist", "clinical-informaticist"),
			Map.entry("ehr_clinical_systems_analyst", "ehr-analyst"),
			Map.entry("health_data_analyst", "health-data-analyst"),
			Map.entry("data_scientist_health", "healthcare-data-scientist"),
			Map.entry("clinical_data_manager", "clinical-data-manager"),
			Map.entry("biostatistician", "biostatistician"), Map.entry("privacy_officer", "privacy-officer"),
			Map.entry("health_it_pm", "health-it-project-manager"), Map.entry("cmio_it_exec", "cmio"));

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CareerRepository careers;

	@Autowired
	CertificationRepository certifications;

	@Autowired
	ProgramRepository programs;

	@Autowired
	CareerStepRepository steps;

	@Autowired
	CompetencyRepository competencies;

	@Autowired
	CertificationRouteRepository routes;

	@Test
	void seedsAtLeastTheRowsTheCatalogPromises() {
		assertThat(this.careers.count()).isGreaterThanOrEqualTo(18);
		assertThat(this.certifications.count()).isGreaterThanOrEqualTo(16);
		assertThat(this.steps.count()).isGreaterThanOrEqualTo(20);
		assertThat(this.competencies.count()).isGreaterThanOrEqualTo(16);
		assertThat(count("select count(*) from discipline")).isEqualTo(2);
	}

	@Test
	void everyProgramLevelExistsForBothDisciplines() {
		List<Program> all = this.programs.findAll();
		for (DisciplineCode discipline : DisciplineCode.values()) {
			for (ProgramLevel level : ProgramLevel.values()) {
				assertThat(all).as("%s %s", discipline, level)
					.anyMatch((p) -> p.getDiscipline() == discipline && p.getLevel() == level);
			}
		}
	}

	@Test
	void everyCareerAndCertificationNamesItsSourceAndDate() {
		assertThat(this.careers.findAllWithOutlook()).allSatisfy((career) -> {
			assertThat(career.getSources()).isNotEmpty().allMatch(CatalogDataTests::isUrl);
			assertThat(career.getAsOf()).isNotBlank();
			assertThat(career.getAffinity()).isNotNull();
		});
		assertThat(this.certifications.findAllByOrderByAcronym()).allSatisfy((certification) -> {
			assertThat(certification.getSources()).isNotEmpty().allMatch(CatalogDataTests::isUrl);
			assertThat(isUrl(certification.getOfficialUrl())).isTrue();
			assertThat(certification.getAsOf()).isNotBlank();
		});
	}

	@Test
	void everyFigureHasAStatusAndASource() {
		assertThat(this.careers.findAllWithOutlook()).flatMap(Career::figures).isNotEmpty().allSatisfy((figure) -> {
			assertThat(figure.status()).isNotNull();
			assertThat(figure.statusNote()).isNotBlank();
			assertThat(!figure.sourceUrls().isEmpty() || figure.sourceNote() != null).isTrue();
			assertThat(figure.sourceUrls()).allMatch(CatalogDataTests::isUrl);
		});
	}

	@Test
	void everyCareerHasACompetencyATaskAndAnEducation() {
		assertThat(count("select count(*) from career c where not exists "
				+ "(select 1 from career_competency cc where cc.career_id = c.id)"))
			.isZero();
		assertThat(count("select count(*) from career c where not exists "
				+ "(select 1 from career_task t where t.career_id = c.id)"))
			.isZero();
		assertThat(this.careers.findAllWithOutlook()).allSatisfy((c) -> assertThat(c.getEntryEducation()).isNotNull());
	}

	@Test
	void slugsAreUrlSafe() {
		List<String> slugs = this.jdbc.queryForList("select slug from career union all select slug from certification "
				+ "union all select slug from program union all select slug from competency", String.class);
		assertThat(slugs).hasSizeGreaterThan(60).allMatch((slug) -> slug.matches("[a-z0-9]+(-[a-z0-9]+)*"));
	}

	@Test
	void careerFiguresMatchTheReferenceExactly() throws IOException {
		for (CSVRecord row : read("reference/careers.csv")) {
			String slug = REFERENCE_IDS.get(row.get("career_id"));
			assertThat(slug).as(row.get("career_id")).isNotNull();
			Career career = this.careers.findDetailedBySlug(slug).orElseThrow();
			assertEdition(career, 2024, row.get("median_pay_may2024_usd"), row.get("growth_2024_34_pct"));
			assertEdition(career, 2023, row.get("median_pay_may2023_usd"), row.get("growth_2023_33_pct"));
		}
	}

	@Test
	void certificationsCoverTheReference() throws IOException {
		List<String> acronyms = this.certifications.findAllByOrderByAcronym()
			.stream()
			.map(Certification::getAcronym)
			.toList();
		for (CSVRecord row : read("reference/certifications.csv")) {
			String code = row.get("cert_code").split("/")[0];
			assertThat(acronyms).contains(code);
		}
	}

	@Test
	void routesPointAtExistingProgramsAndCredentials() {
		assertThat(this.routes.findAllWithParts()).isNotEmpty().allSatisfy((route) -> {
			assertThat(route.getDescription()).isNotBlank();
			if (route.getRequiredProgram() != null) {
				assertThat(route.getRequiredProgram().getSlug()).isNotBlank();
			}
		});
	}

	@Test
	void noSourceLinkPointsToAnIssuersTestOrDevelopmentHost() {
		List<String> urls = this.jdbc.queryForList("""
				select url from career_source union all select url from certification_source
				union all select official_url from certification union all select url from program_source
				union all select url from career_outlook_source
				union all select source_url from competency_framework""", String.class);
		assertThat(urls).isNotEmpty()
			.noneMatch((url) -> url.matches("(?s).*(cms-test|cms-qa|conference-test|matrixdev|stagechatbotapi).*"));
	}

	@Test
	void everyCertificationSourceInTheReferenceIsKept() throws IOException {
		for (CSVRecord row : read("reference/certifications.csv")) {
			String code = row.get("cert_code").split("/")[0];
			String stored = this.jdbc.queryForObject("select official_url from certification where acronym = ?",
					String.class, code)
					+ " "
					+ String
						.join(" ",
								this.jdbc.queryForList(
										"select s.url from certification_source s join certification c "
												+ "on c.id = s.certification_id where c.acronym = ?",
										String.class, code));
			for (String url : row.get("source_url").split(";\\s*")) {
				if (url.contains("ahima.org") || url.contains("himss.org") || url.contains("aapc.com")) {
					assertThat(stored).as(code)
						.containsIgnoringCase(url.replace("https://", "").replace("http://", ""));
				}
			}
		}
	}

	@Test
	void searchEscapesWildcards() {
		assertThat(this.careers.search("%coder%")).extracting(Career::getSlug).contains("medical-coder");
		assertThat(this.careers.search("%\\%%")).isEmpty();
		assertThat(this.careers.search("%\\_%")).isEmpty();
	}

	private void assertEdition(Career career, int edition, String pay, String growth) {
		if (pay.isBlank() && growth.isBlank()) {
			assertThat(career.figure(edition)).as("%s %d", career.getSlug(), edition).isEmpty();
			return;
		}
		Figure figure = career.figure(edition).orElseThrow(() -> new AssertionError(career.getSlug() + " " + edition));
		assertThat(figure.medianPayUsd()).as("%s pay %d", career.getSlug(), edition)
			.isEqualTo(pay.isBlank() ? null : Integer.valueOf(pay));
		if (growth.isBlank()) {
			assertThat(figure.growthPct()).isNull();
		}
		else {
			assertThat(figure.growthPct()).as("%s growth %d", career.getSlug(), edition)
				.isEqualByComparingTo(new BigDecimal(growth));
		}
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

	private static boolean isUrl(String value) {
		return value != null && value.matches("https?://\\S+");
	}

	private static List<CSVRecord> read(String resource) throws IOException {
		try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
