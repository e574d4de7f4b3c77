package org.careeradvisor.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.careeradvisor.catalog.Affinity;
import org.careeradvisor.catalog.CatalogQueries.CareerSummary;
import org.careeradvisor.catalog.CatalogQueries.CatalogSnapshot;
import org.careeradvisor.catalog.CatalogQueries.CertificationRules;
import org.careeradvisor.catalog.CatalogQueries.EligibilityRoute;
import org.careeradvisor.catalog.CatalogQueries.ProgramSummary;
import org.careeradvisor.catalog.DisciplineCode;
import org.careeradvisor.catalog.EducationLevel;
import org.careeradvisor.catalog.Figure;
import org.careeradvisor.catalog.ProgramLevel;
import org.careeradvisor.catalog.SourceStatus;
import org.careeradvisor.questionnaire.Assessment.DimensionScore;
import org.careeradvisor.questionnaire.Recommendations.CareerFit;
import org.careeradvisor.questionnaire.Recommendations.CertificationOption;
import org.careeradvisor.questionnaire.Recommendations.FitLabel;
import org.careeradvisor.questionnaire.Recommendations.Reach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecommenderTests {

	static final CertificationRules CCA = rules("cca", Affinity.HIM,
			new EligibilityRoute(EducationLevel.HIGH_SCHOOL, null, null, null, null, null, "High school"));

	static final CertificationRules RHIA = rules("rhia", Affinity.HIM, new EligibilityRoute(null, "him-bachelor",
			"HIM bachelor's", ProgramLevel.BACHELOR, null, null, "Accredited bachelor's"));

	static final CertificationRules CHPS = rules("chps", Affinity.HIM,
			new EligibilityRoute(EducationLevel.HIGH_SCHOOL, null, null, null, null, 6, "High school + 6"),
			new EligibilityRoute(EducationLevel.BACHELOR, null, null, null, null, 2, "Bachelor's + 2"),
			new EligibilityRoute(null, null, null, null, "rhia", 2, "RHIA + 2"));

	static final CertificationRules CPC = rules("cpc", Affinity.HIM,
			new EligibilityRoute(null, null, null, null, null, null, "Open to all"));

	static final CertificationRules CPHIMS = rules("cphims", Affinity.HI);

	static final CatalogSnapshot CATALOG = new CatalogSnapshot("5", 2024,
			List.of(career("medical-coder", Affinity.HIM, EducationLevel.POSTSECONDARY_NONDEGREE, false, "cca", "cpc"),
					career("him-director", Affinity.HIM, EducationLevel.BACHELOR, false, "rhia", "chps"),
					career("biostatistician", Affinity.HI, EducationLevel.MASTER, false),
					career("clinical-informaticist", Affinity.HI, EducationLevel.BACHELOR, true, "cphims"),
					career("cdi-specialist", Affinity.HIM, EducationLevel.NOT_DEFINED, false)),
			List.of(CCA, RHIA, CHPS, CPC, CPHIMS),
			List.of(new ProgramSummary("him-bachelor", "HIM bachelor's", DisciplineCode.HIM, ProgramLevel.BACHELOR,
					List.of("him-director")),
					new ProgramSummary("coding-certificate", "Coding certificate", DisciplineCode.HIM,
							ProgramLevel.CERTIFICATE, List.of("medical-coder")),
					new ProgramSummary("hi-master", "HI master's", DisciplineCode.HI, ProgramLevel.MASTER,
							List.of("clinical-informaticist"))));

	static final Map<String, Map<String, Double>> PROFILES = Map.of("medical-coder", Map.of("coding", 1.0),
			"him-director", Map.of("leadership", 1.0, "records", 0.5), "biostatistician", Map.of("analysis", 1.0),
			"clinical-informaticist", Map.of("workflow", 1.0), "cdi-specialist", Map.of("coding", 0.5, "records", 0.5));

	final Recommender recommender = new Recommender(PROFILES);

	@Test
	void ranksCareersByInterestFit() {
		Recommendations result = this.recommender.recommend(
				assessment(Map.of("coding", 90.0, "records", 80.0, "leadership", 40.0, "workflow", 20.0)),
				new Context(EducationLevel.HIGH_SCHOOL, EducationLevel.BACHELOR, 0, false), CATALOG);
		assertThat(result.careers()).extracting((f) -> f.career().slug())
			.containsExactly("medical-coder", "cdi-specialist", "him-director", "clinical-informaticist");
		assertThat(result.careers().get(0).fit()).isEqualTo(90);
		assertThat(result.careers().get(0).label()).isEqualTo(FitLabel.STRONG);
		assertThat(result.careers()).filteredOn((f) -> f.career().slug().equals("him-director"))
			.extracting(CareerFit::label)
			.containsExactly(FitLabel.FAIR);
	}

	@Test
	void leavesOutCareersBeyondThePlannedEducation() {
		Recommendations bachelor = this.recommender.recommend(assessment(Map.of("analysis", 100.0)),
				new Context(EducationLevel.HIGH_SCHOOL, EducationLevel.BACHELOR, 0, false), CATALOG);
		assertThat(bachelor.careers()).extracting((f) -> f.career().slug()).doesNotContain("biostatistician");
		Recommendations master = this.recommender.recommend(assessment(Map.of("analysis", 100.0)),
				new Context(EducationLevel.HIGH_SCHOOL, EducationLevel.MASTER, 0, false), CATALOG);
		assertThat(master.careers().get(0).career().slug()).isEqualTo("biostatistician");
	}

	@Test
	void flagsCareersThatUsuallyNeedALicence() {
		Context noLicence = new Context(EducationLevel.BACHELOR, EducationLevel.BACHELOR, 3, false);
		Context licence = new Context(EducationLevel.BACHELOR, EducationLevel.BACHELOR, 3, true);
		assertThat(fitOf("clinical-informaticist", noLicence).needsLicence()).isTrue();
		assertThat(fitOf("clinical-informaticist", licence).needsLicence()).isFalse();
	}

	@Test
	void certificationsOpenNowAfterYearsOrAfterAProgram() {
		Context student = new Context(EducationLevel.HIGH_SCHOOL, EducationLevel.BACHELOR, 0, false);
		assertThat(Recommender.soonest(CCA, student)).get().extracting(CertificationOption::reach).isEqualTo(Reach.NOW);
		assertThat(Recommender.soonest(CPC, student)).get().extracting(CertificationOption::reach).isEqualTo(Reach.NOW);
		CertificationOption rhia = Recommender.soonest(RHIA, student).orElseThrow();
		assertThat(rhia.reach()).isEqualTo(Reach.AFTER_PROGRAM);
		assertThat(rhia.programSlug()).isEqualTo("him-bachelor");
		CertificationOption chps = Recommender.soonest(CHPS, student).orElseThrow();
		assertThat(chps.reach()).isEqualTo(Reach.AFTER_YEARS);
		assertThat(chps.years()).isEqualTo(6);

		Context graduate = new Context(EducationLevel.BACHELOR, EducationLevel.BACHELOR, 1, false);
		CertificationOption later = Recommender.soonest(CHPS, graduate).orElseThrow();
		assertThat(later.reach()).isEqualTo(Reach.AFTER_YEARS);
		assertThat(later.years()).isEqualTo(1);
		assertThat(Recommender.soonest(CHPS, new Context(EducationLevel.BACHELOR, EducationLevel.BACHELOR, 2, false)))
			.get()
			.extracting(CertificationOption::reach)
			.isEqualTo(Reach.NOW);
	}

	@Test
	void certificationsNeedingMoreEducationThanPlannedAreLeftOut() {
		Context certificateOnly = new Context(EducationLevel.HIGH_SCHOOL, EducationLevel.POSTSECONDARY_NONDEGREE, 0,
				false);
		assertThat(Recommender.soonest(RHIA, certificateOnly)).isEmpty();
		CertificationOption chps = Recommender.soonest(CHPS, certificateOnly).orElseThrow();
		assertThat(chps.route()).isEqualTo("High school + 6");
	}

	@Test
	void certificationsWithoutKnownRulesAreMarkedUnconfirmed() {
		assertThat(Recommender.soonest(CPHIMS, new Context(EducationLevel.MASTER, EducationLevel.MASTER, 10, true))
			.orElseThrow()
			.reach()).isEqualTo(Reach.UNCONFIRMED);
	}

	@Test
	void programsFollowTheVerdictAndThePlan() {
		Context student = new Context(EducationLevel.HIGH_SCHOOL, EducationLevel.BACHELOR, 0, false);
		Recommendations him = this.recommender.recommend(assessment(Verdict.HIM, Map.of("coding", 90.0)), student,
				CATALOG);
		assertThat(him.programs()).extracting(ProgramSummary::slug)
			.contains("him-bachelor", "coding-certificate")
			.doesNotContain("hi-master");
	}

	private CareerFit fitOf(String slug, Context context) {
		return this.recommender.recommend(assessment(Map.of("workflow", 80.0)), context, CATALOG)
			.careers()
			.stream()
			.filter((f) -> f.career().slug().equals(slug))
			.findFirst()
			.orElseThrow();
	}

	static Assessment assessment(Map<String, Double> scores) {
		return assessment(Verdict.CLOSE, scores);
	}

	static Assessment assessment(Verdict verdict, Map<String, Double> scores) {
		List<DimensionScore> dimensions = List
			.of("records", "coding", "privacy", "analysis", "systems", "workflow", "leadership", "programming")
			.stream()
			.map((code) -> new DimensionScore(code, code, scores.getOrDefault(code, 50.0)))
			.toList();
		return new Assessment(50, 50, verdict, dimensions, List.of());
	}

	static CareerSummary career(String slug, Affinity affinity, EducationLevel entry, boolean licence,
			String... certifications) {
		return new CareerSummary(slug, slug, affinity, entry, licence, new Figure(2024, 50000, BigDecimal.TEN,
				SourceStatus.THIRD_PARTY, "note", List.of("https://example.org"), null), List.of(certifications));
	}

	static CertificationRules rules(String slug, Affinity discipline, EligibilityRoute... routes) {
		return new CertificationRules(slug, slug.toUpperCase(), slug, discipline, List.of(routes));
	}

}
