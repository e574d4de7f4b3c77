package org.careeradvisor.catalog;

enum Accreditation {

	CAHIIM, CAHIIM_APPROVED, NCRA, AHIMA_APPROVED, VARIES, UNCONFIRMED, NONE

}
