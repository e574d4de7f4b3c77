package org.careeradvisor.catalog.internal;

/** An item's id and its web address, read together for many items in one query. */
public record IdSlug(Long id, String slug) {
}
