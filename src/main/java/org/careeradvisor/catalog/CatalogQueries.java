package org.careeradvisor.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.careeradvisor.catalog.RouteCheck.Status;

/**
 * What other features may read from the catalog. Everything comes back as records.
 */
public interface CatalogQueries {

	/**
	 * Everything a recommendation needs, read in a fixed number of queries.
	 */
	CatalogSnapshot snapshot();

	/**
	 * Every certification's slug and name, in order of acronym.
	 */
	List<CertificationName> certificationNames();

	record CertificationName(String slug, String acronym, String fullName) {
	}

	/**
	 * The catalog as seen by the questionnaire: careers with their current figures and
	 * linked credentials, certifications with their eligibility routes, and kinds of
	 * programs with the careers they lead to.
	 *
	 * @param version the catalog's release number, stored with each result
	 * @param edition the edition of the pay and growth figures
	 * @param translations the texts above in each other language: language, then English
	 * text, then its translation
	 */
	record CatalogSnapshot(String version, int edition, List<CareerSummary> careers,
			List<CertificationRules> certifications, List<ProgramSummary> programs,
			Map<String, Map<String, String>> translations) {
	}

	/**
	 * A career with its figures from the current edition ({@code null} when none exist).
	 *
	 * @param entryEducationNote the usual way in, in words (years, licence, credential)
	 * @param usualLicence the licence the role usually goes with, or {@code null}
	 * @param figureOccupation whose figures are shown when they belong to a wider or
	 * different occupation, or {@code null}
	 */
	record CareerSummary(String slug, String title, Affinity affinity, EducationLevel entryEducation,
			String entryEducationNote, LicenceNeed usualLicence, String figureOccupation, Figure figure,
			List<String> certificationSlugs) {
	}

	/**
	 * A certification and the ways into it.
	 */
	record CertificationRules(String slug, String acronym, String fullName, Affinity discipline, String officialUrl,
			List<EligibilityRoute> routes) {

		/**
		 * The nearest route for this person, if any lies within their plan. With no route
		 * in our sources the issuer's rules decide.
		 */
		public Optional<RouteCheck> nearest(Applicant applicant) {
			if (this.routes.isEmpty()) {
				return Optional.of(new RouteCheck(Status.CHECK_ISSUER, null, 0, List.of(), false, false, null));
			}
			return this.routes.stream()
				.map((route) -> route.check(applicant))
				.flatMap(Optional::stream)
				.min(NEAREST_FIRST);
		}

		private static final Comparator<RouteCheck> NEAREST_FIRST = Comparator.comparing(RouteCheck::repeatsDegree)
			.thenComparing(RouteCheck::status)
			.thenComparing((RouteCheck check) -> check.education() != null)
			.thenComparing((RouteCheck check) -> (check.route().programLevel() != null)
					? check.route().programLevel().ordinal() : -1)
			.thenComparingInt(RouteCheck::years);

	}

	/**
	 * One way into a certification; every condition that is set must hold.
	 *
	 * @param requiredCertification the slug of a credential that must be held first
	 * @param minYears years of experience, in one of {@code experienceKinds}
	 * @param requiredLicence the licence the route needs
	 * @param openExam whether the exam has no formal prerequisite
	 * @param extraConditions conditions the questionnaire cannot check, in words
	 * @param detailsComplete whether our sources hold the route's full details
	 * @param preparation recommended, not required, preparation in words
	 * @param recommendedKinds the kinds of experience that count as that preparation
	 * @param recommendedYears how many years of them
	 */
	record EligibilityRoute(EducationLevel minEducation, String programSlug, String programName,
			ProgramLevel programLevel, String requiredCertification, Integer minYears,
			Set<ExperienceKind> experienceKinds, LicenceNeed requiredLicence, boolean openExam, String extraConditions,
			boolean detailsComplete, String preparation, Set<ExperienceKind> recommendedKinds, Integer recommendedYears,
			String description) {

		public EligibilityRoute {
			experienceKinds = Set.copyOf(experienceKinds);
			recommendedKinds = Set.copyOf(recommendedKinds);
		}

		/**
		 * What this route asks of someone who finishes the given program, for the
		 * program's page: empty when the program does not lead to it (the route names
		 * another program, needs another credential, or asks for no experience beyond a
		 * degree), else the years of experience still needed after graduating (0 when the
		 * program itself opens it).
		 */
		public Optional<Integer> afterProgram(String slug, ProgramLevel level) {
			int years = (this.minYears != null) ? this.minYears : 0;
			if (this.programSlug != null) {
				return this.programSlug.equals(slug) ? Optional.of(years) : Optional.empty();
			}
			boolean byDegree = this.minEducation != null && this.minEducation.atLeast(EducationLevel.ASSOCIATE)
					&& level.education().atLeast(this.minEducation);
			return (this.requiredCertification == null && years > 0 && byDegree) ? Optional.of(years)
					: Optional.empty();
		}

		/**
		 * Checks a person against this route.
		 * @return how far they are from it, or empty when it lies outside their plan or
		 * needs a licence or credential they do not hold
		 */
		public Optional<RouteCheck> check(Applicant applicant) {
			if (this.requiredLicence != null && !this.requiredLicence.metBy(applicant.licence())) {
				return Optional.empty();
			}
			if (this.requiredCertification != null && !applicant.holds(this.requiredCertification)) {
				return Optional.empty();
			}
			if (this.minEducation != null && !applicant.reach().atLeast(this.minEducation)) {
				return Optional.empty();
			}
			if (this.programLevel != null && !applicant.reach().atLeast(this.programLevel.education())) {
				return Optional.empty();
			}
			List<ExperienceKind> kinds = this.experienceKinds.stream().sorted().toList();
			int years = (this.minYears != null) ? Math.max(0, this.minYears - applicant.years(this.experienceKinds))
					: 0;
			EducationLevel education = (this.minEducation != null && !applicant.completed().atLeast(this.minEducation))
					? this.minEducation : null;
			boolean repeats = this.programLevel != null
					&& this.programLevel.education().atLeast(EducationLevel.ASSOCIATE)
					&& applicant.completed().atLeast(this.programLevel.education());
			boolean prepared = this.recommendedYears == null
					|| applicant.years(this.recommendedKinds) >= this.recommendedYears;
			Status status;
			if (!this.detailsComplete) {
				status = Status.CHECK_ISSUER;
			}
			else if (this.programSlug != null) {
				status = Status.AFTER_PROGRAM;
			}
			else if (education != null) {
				status = Status.AFTER_EDUCATION;
			}
			else if (years > 0) {
				status = Status.AFTER_YEARS;
			}
			else if (this.extraConditions != null) {
				status = Status.NOW_IF;
			}
			else if (this.openExam || !prepared) {
				status = Status.OPEN;
			}
			else {
				status = Status.NOW;
			}
			return Optional.of(new RouteCheck(status, education, years, kinds, prepared, repeats, this));
		}

	}

	record ProgramSummary(String slug, String name, DisciplineCode discipline, ProgramLevel level,
			List<String> careerSlugs) {
	}

}
