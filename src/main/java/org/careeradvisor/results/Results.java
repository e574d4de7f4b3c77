package org.careeradvisor.results;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores results behind unguessable links.
 */
public interface Results {

	/**
	 * Stores a result and returns its two links: one to share, one to manage (delete) it.
	 */
	StoredLinks store(ResultSnapshot snapshot);

	/**
	 * A stored result's summary, found by the token of its shared link.
	 */
	Optional<ResultSummary> summary(String viewToken);

	/**
	 * The summaries of stored results, newest first; ids of deleted results are skipped.
	 */
	List<ResultSummary> summaries(Collection<Long> ids);

	/**
	 * @param viewToken the token of the link to share
	 * @param manageToken the token of the private link that can delete the result
	 */
	record StoredLinks(String viewToken, String manageToken) {
	}

}
