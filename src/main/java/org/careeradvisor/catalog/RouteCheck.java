package org.careeradvisor.catalog;

import java.util.List;

/**
 * How far one person is from one eligibility route.
 *
 * @param status what is still missing, if anything
 * @param education the education still to finish, for {@link Status#AFTER_EDUCATION} (or
 * before a program that needs it)
 * @param years more years of experience still needed, or 0
 * @param experienceKinds the kinds of experience those years must be in
 * @param prepared whether the person has the recommended (not required) preparation,
 * where the route names one
 * @param repeatsDegree whether the route asks for a degree at a level the person already
 * holds (offered only when nothing else is)
 * @param route the route itself
 */
public record RouteCheck(Status status, EducationLevel education, int years, List<ExperienceKind> experienceKinds,
		boolean prepared, boolean repeatsDegree, CatalogQueries.EligibilityRoute route) {

	/**
	 * From nearest to furthest.
	 */
	public enum Status {

		/** Every condition is met. */
		NOW,
		/** The exam has no formal prerequisite; preparation is up to the person. */
		OPEN,
		/** Every condition we can check is met; others (named) must be confirmed. */
		NOW_IF,
		/** Only years of experience are missing. */
		AFTER_YEARS,
		/** A level of education within the person's plan is missing. */
		AFTER_EDUCATION,
		/** A particular kind of program within the plan is missing. */
		AFTER_PROGRAM,
		/** Our sources lack the route's details: the issuer's current rules decide. */
		CHECK_ISSUER

	}

}
