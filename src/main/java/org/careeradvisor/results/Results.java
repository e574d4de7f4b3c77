package org.careeradvisor.results;

/**
 * Stores results behind unguessable links.
 */
public interface Results {

	/**
	 * Stores a result and returns its two links: one to share, one to manage (delete) it.
	 */
	StoredLinks store(ResultSnapshot snapshot);

	/**
	 * @param viewToken the token of the link to share
	 * @param manageToken the token of the private link that can delete the result
	 */
	record StoredLinks(String viewToken, String manageToken) {
	}

}
