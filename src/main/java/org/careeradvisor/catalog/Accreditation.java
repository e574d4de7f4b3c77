package org.careeradvisor.catalog;

public enum Accreditation {

	CAHIIM, CAHIIM_APPROVED, NCRA, AHIMA_APPROVED, VARIES, UNCONFIRMED, NONE

}
