package org.careeradvisor.web;

/**
 * A request that cannot be accepted as sent; rendered as a 400 page whose text comes from
 * the message key.
 */
public class BadRequestException extends RuntimeException {

	private final String messageKey;

	public BadRequestException(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
