package org.careeradvisor.catalog;

/**
 * The two disciplines the advisor compares.
 */
public enum DisciplineCode {

	HIM, HI;

	public Affinity affinity() {
		return Affinity.valueOf(name());
	}

}
