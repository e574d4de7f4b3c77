package org.careeradvisor.catalog;

/**
 * Which discipline a career or certification belongs to; {@code BOTH} when it sits
 * between them.
 */
public enum Affinity {

	HI, HIM, BOTH;

	public boolean includes(DisciplineCode discipline) {
		return this == BOTH || name().equals(discipline.name());
	}

}
