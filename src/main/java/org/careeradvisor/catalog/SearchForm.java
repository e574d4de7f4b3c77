package org.careeradvisor.catalog;

import jakarta.validation.constraints.Size;

/**
 * The search box.
 *
 * @param q what to look for
 */
record SearchForm(@Size(max = SearchForm.MAX_LENGTH, message = "{search.tooLong}") String q) {

	static final int MAX_LENGTH = 100;

	boolean hasQuery() {
		return this.q != null && !this.q.isBlank();
	}

	String query() {
		return this.q.strip();
	}

}
