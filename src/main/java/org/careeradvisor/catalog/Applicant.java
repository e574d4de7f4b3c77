package org.careeradvisor.catalog;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The facts a person gave about themselves, as eligibility rules read them.
 *
 * @param completed the highest education finished ({@code NOT_DEFINED} for none yet)
 * @param reach the highest education they plan to reach, never below {@code completed}
 * @param experience years of experience by kind; a missing kind means none
 * @param credentials the slugs of the certifications they hold
 * @param licence the clinical licence they hold
 */
public record Applicant(EducationLevel completed, EducationLevel reach, Map<ExperienceKind, Integer> experience,
		Set<String> credentials, Licence licence) {

	public Applicant {
		experience = experience.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(experience));
		credentials = Set.copyOf(credentials);
		if (!reach.atLeast(completed)) {
			reach = completed;
		}
	}

	/**
	 * Years of experience in any of the given kinds, added up.
	 */
	public int years(Collection<ExperienceKind> kinds) {
		return kinds.stream().mapToInt((kind) -> this.experience.getOrDefault(kind, 0)).sum();
	}

	public boolean holds(String certificationSlug) {
		return this.credentials.contains(certificationSlug);
	}

}
