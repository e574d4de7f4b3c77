package org.careeradvisor.catalog;

/**
 * A licence a certification route or a career asks for. A nurse is not a physician:
 * {@code PHYSICIAN} is met only by a physician, {@code CLINICAL} by any clinical licence.
 */
public enum LicenceNeed {

	RN, PHYSICIAN, CLINICAL;

	public boolean metBy(Licence licence) {
		return switch (this) {
			case RN -> licence == Licence.RN;
			case PHYSICIAN -> licence == Licence.PHYSICIAN;
			case CLINICAL -> licence != null && licence != Licence.NONE;
		};
	}

}
