package org.careeradvisor.catalog;

/**
 * The clinical licence a person holds, if any.
 */
public enum Licence {

	NONE, RN, PHYSICIAN, OTHER_CLINICAL

}
