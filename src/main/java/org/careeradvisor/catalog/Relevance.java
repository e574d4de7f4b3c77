package org.careeradvisor.catalog;

public enum Relevance {

	EXPECTED, RELATED

}
