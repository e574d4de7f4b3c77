package org.careeradvisor.questionnaire;

import java.util.List;

import org.careeradvisor.catalog.CatalogQueries.CareerSummary;
import org.careeradvisor.catalog.CatalogQueries.CertificationRules;
import org.careeradvisor.catalog.CatalogQueries.ProgramSummary;
import org.careeradvisor.catalog.EducationLevel;

/**
 * Careers, certifications and programs that fit one assessment and one person's plans.
 */
record Recommendations(List<CareerFit> careers, List<CertificationOption> certifications,
		List<ProgramSummary> programs) {

	enum FitLabel {

		STRONG, GOOD, FAIR;

		static FitLabel of(int fit) {
			if (fit >= 70) {
				return STRONG;
			}
			return (fit >= 55) ? GOOD : FAIR;
		}

	}

	/**
	 * @param fit how well the career's interest profile matches the person's, 0 to 100
	 * @param needsLicence the career usually needs a clinical licence the person does not
	 * hold
	 */
	record CareerFit(CareerSummary career, int fit, FitLabel label, boolean needsLicence) {
	}

	/**
	 * When a certification comes within reach, from the soonest route.
	 */
	enum Reach {

		/** Every condition of a route is already met. */
		NOW,
		/** Only years of experience are missing. */
		AFTER_YEARS,
		/**
		 * A level of education the person plans is missing, perhaps with years of
		 * experience.
		 */
		AFTER_EDUCATION,
		/** A particular kind of program is missing, perhaps with years of experience. */
		AFTER_PROGRAM,
		/** Our sources do not hold its eligibility rules. */
		UNCONFIRMED

	}

	/**
	 * @param education the education still to complete, for {@link Reach#AFTER_EDUCATION}
	 * @param programSlug the program still to complete, for {@link Reach#AFTER_PROGRAM}
	 * @param years more years of experience needed after that, or 0
	 * @param route the route in the issuer's terms
	 */
	record CertificationOption(CertificationRules certification, Reach reach, EducationLevel education,
			String programSlug, String programName, int years, String route) {
	}

}
