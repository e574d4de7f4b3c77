package org.careeradvisor.catalog;

/**
 * The level of a kind of program, from a certificate to a doctorate.
 */
public enum ProgramLevel {

	CERTIFICATE(EducationLevel.POSTSECONDARY_NONDEGREE), ASSOCIATE(EducationLevel.ASSOCIATE),
	BACHELOR(EducationLevel.BACHELOR), MASTER(EducationLevel.MASTER), DOCTORATE(EducationLevel.DOCTORATE);

	private final EducationLevel education;

	ProgramLevel(EducationLevel education) {
		this.education = education;
	}

	/**
	 * The education a graduate of this level holds.
	 */
	public EducationLevel education() {
		return this.education;
	}

}
