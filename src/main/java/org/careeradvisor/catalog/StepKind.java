package org.careeradvisor.catalog;

enum StepKind {

	ADVANCEMENT, LATERAL, BRIDGE

}
