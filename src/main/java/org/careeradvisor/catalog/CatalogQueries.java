package org.careeradvisor.catalog;

import java.util.List;

/**
 * What other features may read from the catalog. Everything comes back as records.
 */
public interface CatalogQueries {

	/**
	 * Everything a recommendation needs, read in a fixed number of queries.
	 */
	CatalogSnapshot snapshot();

	/**
	 * The catalog as seen by the questionnaire: careers with their current figures and
	 * linked credentials, certifications with their eligibility routes, and kinds of
	 * programs with the careers they lead to.
	 *
	 * @param version the version of the catalog data, stored with each result
	 * @param edition the edition of the pay and growth figures
	 */
	record CatalogSnapshot(String version, int edition, List<CareerSummary> careers,
			List<CertificationRules> certifications, List<ProgramSummary> programs) {
	}

	/**
	 * A career with its figures from the current edition ({@code null} when none exist).
	 */
	record CareerSummary(String slug, String title, Affinity affinity, EducationLevel entryEducation,
			boolean clinicalLicenceUsual, Figure figure, List<String> certificationSlugs) {
	}

	record CertificationRules(String slug, String acronym, String fullName, Affinity discipline,
			List<EligibilityRoute> routes) {
	}

	/**
	 * One way into a certification; every condition that is set must hold.
	 */
	record EligibilityRoute(EducationLevel minEducation, String programSlug, String programName,
			ProgramLevel programLevel, String requiredCertification, Integer minYears, String description) {
	}

	record ProgramSummary(String slug, String name, DisciplineCode discipline, ProgramLevel level,
			List<String> careerSlugs) {
	}

}
