package org.careeradvisor.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careeradvisor.catalog.CatalogQueries.CertificationRules;
import org.careeradvisor.catalog.CatalogQueries.EligibilityRoute;
import org.careeradvisor.catalog.RouteCheck.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eligibility routes decide for themselves whether a person meets them: plain unit tests
 * of the rules, with routes shaped like the seeded ones.
 */
class EligibilityRouteTests {

	static final CertificationRules CHPS = rules("chps",
			route().education(EducationLevel.HIGH_SCHOOL).years(6, ExperienceKind.PRIVACY).build(),
			route().education(EducationLevel.ASSOCIATE).years(4, ExperienceKind.PRIVACY).build(),
			route().credential("rhit").years(4, ExperienceKind.PRIVACY).build(),
			route().education(EducationLevel.BACHELOR).years(2, ExperienceKind.PRIVACY).build());

	static final CertificationRules RHIA = rules("rhia", route().program("him-bachelor", ProgramLevel.BACHELOR).build(),
			route().education(EducationLevel.BACHELOR).program("him-master", ProgramLevel.MASTER).build(),
			route().education(EducationLevel.BACHELOR).program("him-post-bacc", ProgramLevel.CERTIFICATE).build());

	static final CertificationRules CTR = rules("ctr",
			route().education(EducationLevel.ASSOCIATE)
				.years(1, ExperienceKind.REGISTRY)
				.extra("two semesters of anatomy and physiology")
				.build());

	static final CertificationRules CPC = rules("cpc",
			route().open().preparation("a coding course", 2, ExperienceKind.CODING).build());

	static final CertificationRules CCA = rules("cca",
			route().education(EducationLevel.HIGH_SCHOOL)
				.preparation("six months of coding", 1, ExperienceKind.CODING)
				.build());

	static final CertificationRules CCDS = rules("ccds",
			route().licence(LicenceNeed.RN).years(2, ExperienceKind.CDI).build(),
			route().licence(LicenceNeed.PHYSICIAN).years(2, ExperienceKind.CDI).build());

	static final CertificationRules AHIC = rules("ahic",
			route().education(EducationLevel.BACHELOR).incomplete().build());

	@Test
	void aProgramsPageSeesTheRoutesItOpensAndTheYearsTheyStillAsk() {
		EligibilityRoute named = route().program("him-bachelor", ProgramLevel.BACHELOR).build();
		assertThat(named.afterProgram("him-bachelor", ProgramLevel.BACHELOR)).contains(0);
		assertThat(named.afterProgram("hi-master", ProgramLevel.MASTER)).isEmpty();
		EligibilityRoute degree = route().education(EducationLevel.BACHELOR)
			.years(2, ExperienceKind.values()[0])
			.build();
		assertThat(degree.afterProgram("hi-master", ProgramLevel.MASTER)).contains(2);
		assertThat(degree.afterProgram("him-associate", ProgramLevel.ASSOCIATE)).isEmpty();
		assertThat(route().education(EducationLevel.BACHELOR).build().afterProgram("x", ProgramLevel.MASTER))
			.as("a degree alone is not something a program page lists as opened later")
			.isEmpty();
		assertThat(route().education(EducationLevel.BACHELOR)
			.years(2, ExperienceKind.values()[0])
			.credential("rhia")
			.build()
			.afterProgram("x", ProgramLevel.MASTER)).isEmpty();
	}

	@Test
	void yearsOfTheWrongKindDoNotCount() {
		Applicant coder = applicant(EducationLevel.ASSOCIATE, EducationLevel.ASSOCIATE,
				Map.of(ExperienceKind.CODING, 6));
		RouteCheck chps = CHPS.nearest(coder).orElseThrow();
		assertThat(chps.status()).isEqualTo(Status.AFTER_YEARS);
		assertThat(chps.years()).isEqualTo(4);
		assertThat(chps.experienceKinds()).containsExactly(ExperienceKind.PRIVACY);
		assertThat(CTR.nearest(coder).orElseThrow().status()).isEqualTo(Status.AFTER_YEARS);

		Applicant privacy = applicant(EducationLevel.BACHELOR, EducationLevel.BACHELOR,
				Map.of(ExperienceKind.PRIVACY, 2));
		assertThat(CHPS.nearest(privacy).orElseThrow().status()).isEqualTo(Status.NOW);
	}

	@Test
	void aCredentialHeldOpensItsRoute() {
		Applicant rhit = new Applicant(EducationLevel.HIGH_SCHOOL, EducationLevel.HIGH_SCHOOL,
				Map.of(ExperienceKind.PRIVACY, 4), Set.of("rhit"), Licence.NONE);
		assertThat(CHPS.nearest(rhit).orElseThrow().status()).isEqualTo(Status.NOW);
		Applicant without = applicant(EducationLevel.HIGH_SCHOOL, EducationLevel.HIGH_SCHOOL,
				Map.of(ExperienceKind.PRIVACY, 4));
		assertThat(CHPS.nearest(without).orElseThrow().years()).as("high school needs 6 years").isEqualTo(2);
	}

	@Test
	void conditionsTheQuestionnaireCannotCheckAreNeverNow() {
		Applicant registrar = applicant(EducationLevel.ASSOCIATE, EducationLevel.ASSOCIATE,
				Map.of(ExperienceKind.REGISTRY, 3));
		assertThat(CTR.nearest(registrar).orElseThrow().status()).isEqualTo(Status.NOW_IF);
	}

	@Test
	void aNurseIsNotAPhysician() {
		Applicant nurse = new Applicant(EducationLevel.BACHELOR, EducationLevel.BACHELOR, Map.of(ExperienceKind.CDI, 2),
				Set.of(), Licence.RN);
		assertThat(CCDS.nearest(nurse).orElseThrow().route().requiredLicence()).isEqualTo(LicenceNeed.RN);
		Applicant other = new Applicant(EducationLevel.BACHELOR, EducationLevel.BACHELOR, Map.of(ExperienceKind.CDI, 2),
				Set.of(), Licence.OTHER_CLINICAL);
		assertThat(CCDS.nearest(other)).isEmpty();
		assertThat(LicenceNeed.PHYSICIAN.metBy(Licence.RN)).isFalse();
		assertThat(LicenceNeed.CLINICAL.metBy(Licence.RN)).isTrue();
		assertThat(LicenceNeed.CLINICAL.metBy(Licence.NONE)).isFalse();
	}

	@Test
	void aBachelorsHolderIsPointedToTheCertificateNotASecondBachelors() {
		Applicant graduate = applicant(EducationLevel.BACHELOR, EducationLevel.MASTER, Map.of());
		RouteCheck rhia = RHIA.nearest(graduate).orElseThrow();
		assertThat(rhia.route().programSlug()).isEqualTo("him-post-bacc");
		Applicant schoolLeaver = applicant(EducationLevel.HIGH_SCHOOL, EducationLevel.BACHELOR, Map.of());
		assertThat(RHIA.nearest(schoolLeaver).orElseThrow().route().programSlug()).isEqualTo("him-bachelor");
		Applicant noPlan = applicant(EducationLevel.HIGH_SCHOOL, EducationLevel.ASSOCIATE, Map.of());
		assertThat(RHIA.nearest(noPlan)).isEmpty();
	}

	@Test
	void examsWithoutPrerequisitesSaySoAndWhetherThePreparationIsThere() {
		Applicant beginner = applicant(EducationLevel.HIGH_SCHOOL, EducationLevel.HIGH_SCHOOL, Map.of());
		RouteCheck cpc = CPC.nearest(beginner).orElseThrow();
		assertThat(cpc.status()).isEqualTo(Status.OPEN);
		assertThat(cpc.prepared()).isFalse();
		assertThat(CPC
			.nearest(
					applicant(EducationLevel.HIGH_SCHOOL, EducationLevel.HIGH_SCHOOL, Map.of(ExperienceKind.CODING, 3)))
			.orElseThrow()
			.prepared()).isTrue();
		assertThat(CCA.nearest(beginner).orElseThrow().status()).as("recommended preparation missing")
			.isEqualTo(Status.OPEN);
		assertThat(CCA
			.nearest(
					applicant(EducationLevel.HIGH_SCHOOL, EducationLevel.HIGH_SCHOOL, Map.of(ExperienceKind.CODING, 1)))
			.orElseThrow()
			.status()).isEqualTo(Status.NOW);
		assertThat(CCA.nearest(applicant(EducationLevel.NOT_DEFINED, EducationLevel.ASSOCIATE, Map.of()))
			.orElseThrow()
			.status()).isEqualTo(Status.AFTER_EDUCATION);
	}

	@Test
	void routesWithoutFullDetailsOrNoneAtAllSendToTheIssuer() {
		Applicant graduate = applicant(EducationLevel.BACHELOR, EducationLevel.BACHELOR,
				Map.of(ExperienceKind.INFORMATICS, 20));
		assertThat(AHIC.nearest(graduate).orElseThrow().status()).isEqualTo(Status.CHECK_ISSUER);
		assertThat(rules("cphims").nearest(graduate).orElseThrow().status()).isEqualTo(Status.CHECK_ISSUER);
	}

	static Applicant applicant(EducationLevel done, EducationLevel reach, Map<ExperienceKind, Integer> experience) {
		return new Applicant(done, reach, experience, Set.of(), Licence.NONE);
	}

	static CertificationRules rules(String slug, EligibilityRoute... routes) {
		return new CertificationRules(slug, slug.toUpperCase(), slug, Affinity.HIM, "https://issuer.example/" + slug,
				List.of(routes));
	}

	static RouteBuilder route() {
		return new RouteBuilder();
	}

	/**
	 * Builds a route with only the conditions a test names.
	 */
	static final class RouteBuilder {

		private EducationLevel education;

		private String program;

		private ProgramLevel level;

		private String credential;

		private Integer years;

		private Set<ExperienceKind> kinds = Set.of();

		private LicenceNeed licence;

		private boolean open;

		private String extra;

		private boolean complete = true;

		private String preparation;

		private Set<ExperienceKind> recommendedKinds = Set.of();

		private Integer recommendedYears;

		RouteBuilder education(EducationLevel education) {
			this.education = education;
			return this;
		}

		RouteBuilder program(String program, ProgramLevel level) {
			this.program = program;
			this.level = level;
			return this;
		}

		RouteBuilder credential(String credential) {
			this.credential = credential;
			return this;
		}

		RouteBuilder years(int years, ExperienceKind... kinds) {
			this.years = years;
			this.kinds = Set.of(kinds);
			return this;
		}

		RouteBuilder licence(LicenceNeed licence) {
			this.licence = licence;
			return this;
		}

		RouteBuilder open() {
			this.open = true;
			return this;
		}

		RouteBuilder extra(String extra) {
			this.extra = extra;
			return this;
		}

		RouteBuilder incomplete() {
			this.complete = false;
			return this;
		}

		RouteBuilder preparation(String preparation, int years, ExperienceKind... kinds) {
			this.preparation = preparation;
			this.recommendedYears = years;
			this.recommendedKinds = Set.of(kinds);
			return this;
		}

		EligibilityRoute build() {
			return new EligibilityRoute(this.education, this.program, this.program, this.level, this.credential,
					this.years, this.kinds, this.licence, this.open, this.extra, this.complete, this.preparation,
					this.recommendedKinds, this.recommendedYears, "route");
		}

	}

}
