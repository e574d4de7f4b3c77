package org.careeradvisor.catalog;

enum Relevance {

	EXPECTED, RELATED

}
