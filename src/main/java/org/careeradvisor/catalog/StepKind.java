package org.careeradvisor.catalog;

public enum StepKind {

	ADVANCEMENT, LATERAL, BRIDGE

}
