package org.careeradvisor.catalog;

/**
 * The filters and sort order of the careers list, bound from the query string.
 *
 * @param discipline only careers open to this discipline, or all when {@code null}
 * @param education only careers with this typical entry education, or all when
 * {@code null}
 * @param sort the order, by title when {@code null}
 */
record CareerFilter(DisciplineCode discipline, EducationLevel education, Sort sort) {

	public Sort sortOrDefault() {
		return (this.sort != null) ? this.sort : Sort.TITLE;
	}

	public boolean isFiltered() {
		return this.discipline != null || this.education != null;
	}

	enum Sort {

		TITLE, PAY, GROWTH

	}

}
