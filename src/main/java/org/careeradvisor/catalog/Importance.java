package org.careeradvisor.catalog;

/**
 * How central a competency is to a career.
 */
enum Importance {

	CORE, SUPPORTING

}
