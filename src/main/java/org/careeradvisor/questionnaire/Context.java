package org.careeradvisor.questionnaire;

import org.careeradvisor.catalog.EducationLevel;

/**
 * What the person told us about themselves besides their interests.
 *
 * @param completed the highest education finished so far ({@code NOT_DEFINED} for none
 * yet)
 * @param planned the highest education they plan to reach
 * @param yearsExperience years of health-care or IT work
 * @param clinicalLicence whether they hold a clinical licence (nursing, medicine,
 * pharmacy and so on)
 */
record Context(EducationLevel completed, EducationLevel planned, int yearsExperience, boolean clinicalLicence) {

	/**
	 * The education that counts for planning: never less than what is already done.
	 */
	EducationLevel reach() {
		return this.planned.atLeast(this.completed) ? this.planned : this.completed;
	}

}
