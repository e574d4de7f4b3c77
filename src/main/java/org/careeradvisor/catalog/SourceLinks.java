package org.careeradvisor.catalog;

import java.util.Arrays;
import java.util.List;

/**
 * Source addresses are stored as one column, separated by semicolons, in the order the
 * reference gives.
 */
final class SourceLinks {

	private SourceLinks() {
	}

	static List<String> parse(String column) {
		if (column == null || column.isBlank()) {
			return List.of();
		}
		return Arrays.stream(column.split(";")).map(String::strip).filter((url) -> !url.isEmpty()).toList();
	}

}
