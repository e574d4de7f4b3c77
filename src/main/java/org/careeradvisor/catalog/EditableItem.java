package org.careeradvisor.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careeradvisor.catalog.internal.CatalogDraft.Kind;

/**
 * One kind of catalog item that administrators edit as drafts (a career, a competency,
 * ...): how its published values become a form, how a form is compared, and how a
 * published draft changes the item. {@link CatalogEditing} does the rest the same way for
 * every kind: drafts, stale edits, publishing, history.
 *
 * @param <F> the item's form record
 */
interface EditableItem<F extends Record & ItemForm<F>> {

	Kind kind();

	Class<F> formType();

	/** The admin pages' path segment, for example {@code careers}. */
	String path();

	/** The published item with this slug, if there is one. */
	Optional<Published<F>> published(String slug);

	/** The slugs of published items, by id, in one query. */
	Map<Long, String> slugsOf(Collection<Long> ids);

	/** The slug of a published item, by id. */
	default String slugOf(long id) {
		String slug = slugsOf(List.of(id)).get(id);
		if (slug == null) {
			throw new IllegalStateException("No " + kind() + " " + id);
		}
		return slug;
	}

	String title(F form);

	/** The web address a new item gets, once: by default from its title. */
	default String newSlug(F form) {
		return CatalogEditing.slugOf(title(form));
	}

	/**
	 * Applies a published draft: to the item with this id, or to a new item with this
	 * slug.
	 */
	Applied apply(Long id, String newSlug, F form);

	/** A published item as an edit starts from it. */
	record Published<F>(long id, int version, String title, F form) {
	}

	/**
	 * What publishing a draft did: the item, its title, its values before (none when
	 * new).
	 */
	record Applied(long id, String title, Map<String, String> before) {
	}

}
