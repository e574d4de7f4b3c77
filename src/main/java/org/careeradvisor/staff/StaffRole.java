package org.careeradvisor.staff;

/**
 * What a staff account may do: counselors keep groups of results; administrators also
 * manage staff accounts (and, later, the catalog).
 */
public enum StaffRole {

	COUNSELOR, ADMIN;

	/** The Spring Security authority of this role. */
	String authority() {
		return "ROLE_" + name();
	}

}
