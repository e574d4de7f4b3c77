package org.careeradvisor.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careeradvisor.catalog.Affinity;
import org.careeradvisor.catalog.CatalogQueries.CareerSummary;
import org.careeradvisor.catalog.CatalogQueries.CatalogSnapshot;
import org.careeradvisor.catalog.CatalogQueries.CertificationRules;
import org.careeradvisor.catalog.CatalogQueries.EligibilityRoute;
import org.careeradvisor.catalog.CatalogQueries.ProgramSummary;
import org.careeradvisor.catalog.DisciplineCode;
import org.careeradvisor.catalog.EducationLevel;
import org.careeradvisor.catalog.ExperienceKind;
import org.careeradvisor.catalog.Figure;
import org.careeradvisor.catalog.Licence;
import org.careeradvisor.catalog.LicenceNeed;
import org.careeradvisor.catalog.ProgramLevel;
import org.careeradvisor.catalog.RouteCheck.Status;
import org.careeradvisor.catalog.SourceStatus;
import org.careeradvisor.questionnaire.Assessment.DimensionScore;
import org.careeradvisor.questionnaire.Assessment.Lean;
import org.careeradvisor.questionnaire.Recommendations.CareerFit;
import org.careeradvisor.questionnaire.Recommendations.CertificationOption;
import org.careeradvisor.questionnaire.Recommendations.FitLabel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecommenderTests {

	static final CertificationRules CCA = rules("cca", Affinity.HIM,
			route(EducationLevel.HIGH_SCHOOL, null, null, null, Set.of()));

	static final CertificationRules RHIA = rules("rhia", Affinity.HIM,
			new EligibilityRoute(null, "him-bachelor", "HIM bachelor's", ProgramLevel.BACHELOR, null, null, Set.of(),
					null, false, null, true, null, Set.of(), null, "Accredited bachelor's"));

	static final CertificationRules CHPS = rules("chps", Affinity.HIM,
			route(EducationLevel.HIGH_SCHOOL, null, 6, null, Set.of(ExperienceKind.PRIVACY)),
			route(EducationLevel.BACHELOR, null, 2, null, Set.of(ExperienceKind.PRIVACY)),
			route(null, "rhia", 2, null, Set.of(ExperienceKind.PRIVACY)));

	static final CertificationRules CPHIMS = rules("cphims", Affinity.HI);

	static final CatalogSnapshot CATALOG = new CatalogSnapshot("5", 2024,
			List.of(career("medical-coder", Affinity.HIM, EducationLevel.POSTSECONDARY_NONDEGREE, null, "cca"),
					career("him-director", Affinity.HIM, EducationLevel.BACHELOR, null, "rhia", "chps"),
					career("biostatistician", Affinity.HI, EducationLevel.MASTER, null),
					career("clinical-informaticist", Affinity.HI, EducationLevel.BACHELOR, LicenceNeed.CLINICAL,
							"cphims"),
					career("cmio", Affinity.HI, EducationLevel.BACHELOR, LicenceNeed.PHYSICIAN),
					career("ehr-analyst", Affinity.HI, EducationLevel.BACHELOR, null),
					career("cdi-specialist", Affinity.HIM, EducationLevel.NOT_DEFINED, null)),
			List.of(CCA, RHIA, CHPS, CPHIMS),
			List.of(new ProgramSummary("him-bachelor", "HIM bachelor's", DisciplineCode.HIM, ProgramLevel.BACHELOR,
					List.of("him-director")),
					new ProgramSummary("coding-certificate", "Coding certificate", DisciplineCode.HIM,
							ProgramLevel.CERTIFICATE, List.of("medical-coder")),
					new ProgramSummary("hi-bachelor", "HI bachelor's", DisciplineCode.HI, ProgramLevel.BACHELOR,
							List.of("ehr-analyst")),
					new ProgramSummary("hi-master", "HI master's", DisciplineCode.HI, ProgramLevel.MASTER,
							List.of("clinical-informaticist"))),
			Map.of());

	static final Map<String, Map<String, Double>> PROFILES = Map.of("medical-coder", Map.of("coding", 1.0),
			"him-director", Map.of("leadership", 1.0, "records", 0.5), "biostatistician", Map.of("analysis", 1.0),
			"clinical-informaticist", Map.of("workflow", 1.0), "cmio", Map.of("workflow", 1.0, "leadership", 0.2),
			"ehr-analyst", Map.of("systems", 1.0), "cdi-specialist", Map.of("coding", 0.5, "records", 0.5));

	final Recommender recommender = new Recommender(PROFILES);

	@Test
	void ranksCareersByInterestFit() {
		Recommendations result = this.recommender.recommend(
				assessment(Verdict.HIM, Map.of("coding", 90.0, "records", 80.0, "leadership", 40.0, "workflow", 20.0)),
				context(EducationLevel.HIGH_SCHOOL, EducationPlan.BACHELOR), CATALOG);
		assertThat(result.careers()).extracting((f) -> f.career().slug())
			.containsExactly("medical-coder", "cdi-specialist", "him-director", "ehr-analyst", "cmio",
					"clinical-informaticist");
		assertThat(result.careers().get(0).fit()).isEqualTo(90);
		assertThat(result.careers().get(0).label()).isEqualTo(FitLabel.STRONG);
		assertThat(result.careers()).filteredOn((f) -> f.career().slug().equals("him-director"))
			.extracting(CareerFit::label)
			.containsExactly(FitLabel.FAIR);
	}

	@Test
	void leavesOutCareersBeyondThePlannedEducationAndNamesWhatTheNextDegreeOpens() {
		Recommendations bachelor = this.recommender.recommend(assessment(Verdict.HI, Map.of("analysis", 100.0)),
				context(EducationLevel.HIGH_SCHOOL, EducationPlan.BACHELOR), CATALOG);
		assertThat(bachelor.careers()).extracting((f) -> f.career().slug()).doesNotContain("biostatistician");
		assertThat(bachelor.nextDegree().level()).isEqualTo(EducationLevel.MASTER);
		assertThat(bachelor.nextDegree().careers()).extracting(CareerSummary::slug).containsExactly("biostatistician");
		Recommendations master = this.recommender.recommend(assessment(Verdict.HI, Map.of("analysis", 100.0)),
				context(EducationLevel.HIGH_SCHOOL, EducationPlan.MASTER), CATALOG);
		assertThat(master.careers().get(0).career().slug()).isEqualTo("biostatistician");
		assertThat(master.nextDegree()).isNull();
	}

	@Test
	void anUndecidedPlanKeepsEveryLevelOpenAndNoMoreIsNotLower() {
		assertThat(EducationPlan.UNDECIDED.reach(EducationLevel.ASSOCIATE)).as("every level stays open")
			.isEqualTo(EducationLevel.DOCTORATE);
		assertThat(EducationPlan.NO_MORE.reach(EducationLevel.BACHELOR)).isEqualTo(EducationLevel.BACHELOR);
		assertThat(EducationPlan.ASSOCIATE.isBelow(EducationLevel.BACHELOR)).isTrue();
		assertThat(EducationPlan.UNDECIDED.isBelow(EducationLevel.BACHELOR)).isFalse();
		assertThat(EducationPlan.MASTER.reach(EducationLevel.BACHELOR)).isEqualTo(EducationLevel.MASTER);
	}

	@Test
	void careersNeedingALicenceThePersonLacksComeAfterThoseTheyCanReach() {
		Map<String, Double> clinician = Map.of("workflow", 100.0, "systems", 40.0, "coding", 30.0);
		Recommendations nurse = this.recommender.recommend(assessment(Verdict.HI, clinician),
				context(EducationLevel.BACHELOR, EducationPlan.NO_MORE, Licence.RN, Map.of()), CATALOG);
		assertThat(fit(nurse, "clinical-informaticist").licenceMissing()).isFalse();
		assertThat(fit(nurse, "cmio").licenceMissing()).as("a nurse is not a physician").isTrue();
		assertThat(nurse.careers().get(0).career().slug()).isEqualTo("clinical-informaticist");
		assertThat(nurse.careers().get(nurse.careers().size() - 1).career().slug()).isEqualTo("cmio");

		Recommendations student = this.recommender.recommend(assessment(Verdict.HI, clinician),
				context(EducationLevel.HIGH_SCHOOL, EducationPlan.BACHELOR), CATALOG);
		assertThat(student.careers()).extracting((f) -> f.career().slug())
			.as("top fits by interest, but both need a licence")
			.endsWith("clinical-informaticist", "cmio");
		assertThat(student.careers().get(0).licenceMissing()).isFalse();

		Recommendations physician = this.recommender.recommend(assessment(Verdict.HI, clinician),
				context(EducationLevel.DOCTORATE, EducationPlan.NO_MORE, Licence.PHYSICIAN, Map.of()), CATALOG);
		assertThat(fit(physician, "cmio").licenceMissing()).isFalse();
	}

	@Test
	void closeCallsGetCareersAndProgramsFromBothSides() {
		// Interests that favour HIM careers by fit, but the verdict is a close call.
		Recommendations close = this.recommender.recommend(
				assessment(Verdict.CLOSE, Map.of("coding", 90.0, "records", 90.0, "systems", 55.0)),
				context(EducationLevel.HIGH_SCHOOL, EducationPlan.BACHELOR), CATALOG);
		assertThat(close.careers()).extracting((f) -> f.career().affinity()).contains(Affinity.HI, Affinity.HIM);
		assertThat(close.programs()).extracting(ProgramSummary::discipline)
			.contains(DisciplineCode.HI, DisciplineCode.HIM);
		Recommendations him = this.recommender.recommend(
				assessment(Verdict.HIM, Map.of("coding", 90.0, "records", 90.0, "systems", 55.0)),
				context(EducationLevel.HIGH_SCHOOL, EducationPlan.BACHELOR), CATALOG);
		assertThat(him.programs()).extracting(ProgramSummary::discipline).containsOnly(DisciplineCode.HIM);
	}

	@Test
	void answersThatCannotSeparateTheFieldsRankNoCareers() {
		Recommendations unclear = this.recommender.recommend(assessment(Verdict.UNCLEAR, Map.of("coding", 100.0)),
				context(EducationLevel.HIGH_SCHOOL, EducationPlan.BACHELOR), CATALOG);
		assertThat(unclear.careers()).isEmpty();
		assertThat(unclear.certifications()).isEmpty();
		assertThat(unclear.programs()).isEmpty();
	}

	@Test
	void certificationsComeFromTheNearestRouteForThePersonsOwnFacts() {
		Recommendations coder = this.recommender.recommend(assessment(Verdict.HIM, Map.of("leadership", 90.0)),
				context(EducationLevel.BACHELOR, EducationPlan.NO_MORE, Licence.NONE, Map.of(ExperienceKind.CODING, 6)),
				CATALOG);
		CertificationOption chps = option(coder, "chps");
		assertThat(chps.check().status()).as("coding years are not privacy years").isEqualTo(Status.AFTER_YEARS);
		assertThat(chps.check().years()).isEqualTo(2);
		Recommendations officer = this.recommender.recommend(assessment(Verdict.HIM, Map.of("leadership", 90.0)),
				context(EducationLevel.BACHELOR, EducationPlan.NO_MORE, Licence.NONE,
						Map.of(ExperienceKind.PRIVACY, 3)),
				CATALOG);
		assertThat(option(officer, "chps").check().status()).isEqualTo(Status.NOW);
	}

	@Test
	void heldCredentialsAreNotRecommendedAgain() {
		Context holder = new Context(EducationLevel.HIGH_SCHOOL, EducationPlan.NO_MORE, Map.of(), Set.of("cca"),
				Licence.NONE);
		Recommendations result = this.recommender.recommend(assessment(Verdict.HIM, Map.of("coding", 90.0)), holder,
				CATALOG);
		assertThat(result.certifications()).extracting((o) -> o.certification().slug()).doesNotContain("cca");
	}

	private static CareerFit fit(Recommendations recommendations, String slug) {
		return recommendations.careers()
			.stream()
			.filter((f) -> f.career().slug().equals(slug))
			.findFirst()
			.orElseThrow();
	}

	private static CertificationOption option(Recommendations recommendations, String slug) {
		return recommendations.certifications()
			.stream()
			.filter((o) -> o.certification().slug().equals(slug))
			.findFirst()
			.orElseThrow();
	}

	static Context context(EducationLevel done, EducationPlan plan) {
		return context(done, plan, Licence.NONE, Map.of());
	}

	static Context context(EducationLevel done, EducationPlan plan, Licence licence,
			Map<ExperienceKind, Integer> experience) {
		return new Context(done, plan, experience, Set.of(), licence);
	}

	static Assessment assessment(Verdict verdict, Map<String, Double> scores) {
		List<DimensionScore> dimensions = List
			.of("records", "coding", "privacy", "analysis", "systems", "workflow", "leadership", "programming")
			.stream()
			.map((code) -> new DimensionScore(code, code, scores.getOrDefault(code, 50.0), Lean.SHARED))
			.toList();
		return new Assessment(50, 50, verdict, dimensions, List.of());
	}

	static EligibilityRoute route(EducationLevel education, String credential, Integer years, LicenceNeed licence,
			Set<ExperienceKind> kinds) {
		return new EligibilityRoute(education, null, null, null, credential, years, kinds, licence, false, null, true,
				null, Set.of(), null, "route");
	}

	static CareerSummary career(String slug, Affinity affinity, EducationLevel entry, LicenceNeed licence,
			String... certifications) {
		return new CareerSummary(
				slug, slug, affinity, entry, "usual way in", licence, null, new Figure(2024, 50000, BigDecimal.TEN,
						SourceStatus.THIRD_PARTY, "note", List.of("https://example.org"), null),
				List.of(certifications));
	}

	static CertificationRules rules(String slug, Affinity discipline, EligibilityRoute... routes) {
		return new CertificationRules(slug, slug.toUpperCase(), slug, discipline, "https://issuer.example/" + slug,
				List.of(routes));
	}

}
