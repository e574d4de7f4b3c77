package org.careeradvisor.questionnaire;

/**
 * What the answers say: HI, HIM, a close call, or nothing at all because every answer was
 * the same.
 */
enum Verdict {

	HI, HIM, CLOSE, UNCLEAR

}
