package org.careeradvisor.catalog;

/**
 * Levels of education in ascending order; {@code NOT_DEFINED} where no official source
 * sets one.
 */
public enum EducationLevel {

	NOT_DEFINED, HIGH_SCHOOL, POSTSECONDARY_NONDEGREE, ASSOCIATE, BACHELOR, MASTER, DOCTORATE;

	public boolean isDefined() {
		return this != NOT_DEFINED;
	}

	public boolean atLeast(EducationLevel other) {
		return compareTo(other) >= 0;
	}

}
