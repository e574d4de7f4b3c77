package org.careeradvisor.catalog;

/**
 * How fully a program covers a competency.
 */
enum Coverage {

	CORE, PARTIAL

}
