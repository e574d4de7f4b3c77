package org.careeradvisor.questionnaire;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.careeradvisor.catalog.Applicant;
import org.careeradvisor.catalog.EducationLevel;
import org.careeradvisor.catalog.ExperienceKind;
import org.careeradvisor.catalog.Licence;

/**
 * What the person told us about themselves besides their interests.
 *
 * @param completed the highest education finished so far ({@code NOT_DEFINED} for none
 * yet)
 * @param plan the education they plan to reach
 * @param experience years of experience by kind (kinds with no years left out)
 * @param credentials slugs of the certifications they hold
 * @param licence the clinical licence they hold
 */
record Context(EducationLevel completed, EducationPlan plan, Map<ExperienceKind, Integer> experience,
		Set<String> credentials, Licence licence) {

	Context {
		EnumMap<ExperienceKind, Integer> given = new EnumMap<>(ExperienceKind.class);
		experience.forEach((kind, years) -> {
			if (years != null && years > 0) {
				given.put(kind, years);
			}
		});
		experience = given.isEmpty() ? Map.of() : Map.copyOf(given);
		credentials = Set.copyOf(credentials);
	}

	/**
	 * The education that counts for planning: never less than what is already done.
	 */
	EducationLevel reach() {
		return this.plan.reach(this.completed);
	}

	Applicant applicant() {
		return new Applicant(this.completed, reach(), this.experience, this.credentials, this.licence);
	}

}
