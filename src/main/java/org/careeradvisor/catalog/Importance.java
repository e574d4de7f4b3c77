package org.careeradvisor.catalog;

/**
 * How central a competency is to a career.
 */
public enum Importance {

	CORE, SUPPORTING

}
