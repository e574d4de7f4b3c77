package org.careeradvisor.questionnaire;

/**
 * The standard form asks every question; the quick form a balanced subset.
 */
enum Form {

	STANDARD, QUICK

}
