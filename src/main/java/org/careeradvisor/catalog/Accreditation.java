package org.careeradvisor.catalog;

enum Accreditation {

	CAHIIM, NCRA, AHIMA_APPROVED, UNCONFIRMED, NONE

}
