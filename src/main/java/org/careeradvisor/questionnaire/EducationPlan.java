package org.careeradvisor.questionnaire;

import org.careeradvisor.catalog.EducationLevel;

/**
 * The education a person plans to reach: a level, no more than they have, or not decided
 * yet (which keeps every level open, so that careers and certifications at each level are
 * shown with what they need).
 */
enum EducationPlan {

	UNDECIDED(EducationLevel.DOCTORATE), NO_MORE(null), POSTSECONDARY_NONDEGREE(EducationLevel.POSTSECONDARY_NONDEGREE),
	ASSOCIATE(EducationLevel.ASSOCIATE), BACHELOR(EducationLevel.BACHELOR), MASTER(EducationLevel.MASTER),
	DOCTORATE(EducationLevel.DOCTORATE);

	private final EducationLevel level;

	EducationPlan(EducationLevel level) {
		this.level = level;
	}

	/**
	 * The education that counts for planning: never less than what is already done.
	 */
	EducationLevel reach(EducationLevel completed) {
		return (this.level != null && this.level.atLeast(completed)) ? this.level : completed;
	}

	/**
	 * Whether this plan names a level below what is already finished.
	 */
	boolean isBelow(EducationLevel completed) {
		return this != UNDECIDED && this.level != null && !this.level.atLeast(completed);
	}

}
