package org.careeradvisor.questionnaire;

import java.util.List;

import org.careeradvisor.catalog.CatalogQueries.CareerSummary;
import org.careeradvisor.catalog.CatalogQueries.CertificationRules;
import org.careeradvisor.catalog.CatalogQueries.ProgramSummary;
import org.careeradvisor.catalog.EducationLevel;
import org.careeradvisor.catalog.RouteCheck;

/**
 * Careers, certifications and programs that fit one assessment and one person's plans.
 *
 * @param nextDegree careers that the next degree above the person's plan would open, or
 * {@code null}
 */
record Recommendations(List<CareerFit> careers, List<CertificationOption> certifications, List<ProgramSummary> programs,
		NextDegree nextDegree) {

	static Recommendations none() {
		return new Recommendations(List.of(), List.of(), List.of(), null);
	}

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
	 * @param licenceMissing the career usually goes with a licence the person does not
	 * hold
	 */
	record CareerFit(CareerSummary career, int fit, FitLabel label, boolean licenceMissing) {
	}

	/**
	 * A certification and the nearest route into it.
	 */
	record CertificationOption(CertificationRules certification, RouteCheck check) {
	}

	/**
	 * @param level the next level of education above the plan
	 * @param careers careers that level would open, best fit first
	 */
	record NextDegree(EducationLevel level, List<CareerSummary> careers) {
	}

}
