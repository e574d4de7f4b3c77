package org.careeradvisor.web;

/**
 * Thrown when a URL names something that does not exist; rendered as the 404 page.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
