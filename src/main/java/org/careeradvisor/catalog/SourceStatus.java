package org.careeradvisor.catalog;

/**
 * How far a fact was checked: on the primary source, only through a third party, not at
 * all, or not found.
 */
public enum SourceStatus {

	PRIMARY, THIRD_PARTY, UNVERIFIED, NOT_FOUND;

	public boolean isPrimary() {
		return this == PRIMARY;
	}

}
