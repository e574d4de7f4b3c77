package org.careeradvisor.catalog;

/**
 * Kinds of work experience that certification routes count. A person gives their years in
 * each; a route's years must be in the kinds it names.
 */
public enum ExperienceKind {

	/** Medical coding: diagnosis and procedure codes for billing and statistics. */
	CODING,
	/** Health records and release of information. */
	RECORDS,
	/** Health-care privacy, security or compliance management. */
	PRIVACY,
	/** Cancer (tumour) registry work. */
	REGISTRY,
	/** Clinical documentation integrity. */
	CDI,
	/** Direct clinical care, as a nurse, physician or other clinician. */
	CLINICAL,
	/** Health informatics, health IT or health data work. */
	INFORMATICS,
	/** IT or data work outside health care. */
	IT,
	/** Health-care quality improvement. */
	QUALITY,
	/** Managing or supervising people. */
	MANAGEMENT

}
