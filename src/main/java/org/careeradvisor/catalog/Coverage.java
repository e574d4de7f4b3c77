package org.careeradvisor.catalog;

/**
 * How fully a program covers a competency.
 */
public enum Coverage {

	CORE, PARTIAL

}
