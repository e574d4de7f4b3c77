package org.careeradvisor.catalog;

import java.util.Map;

/**
 * What every admin form record offers the editing steps: the two versions that tell a
 * stale edit ({@code baseVersion}: the published item's version the edit started from;
 * {@code draftVersion}: the saved draft's, none when the edit started from the published
 * item), a copy with other versions, and its values as text for comparing.
 *
 * @param <F> the form record itself
 */
public interface ItemForm<F extends ItemForm<F>> {

	Integer baseVersion();

	Integer draftVersion();

	F withVersions(Integer baseVersion, Integer draftVersion);

	/** Field name to text, in form order, without the versions. */
	Map<String, String> values();

	/** The item's texts in other languages, keyed {@code es.summary} and so on. */
	Map<String, String> translations();

	F withTranslations(Map<String, String> translations);

}
