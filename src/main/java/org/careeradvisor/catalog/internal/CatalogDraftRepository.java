package org.careeradvisor.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface CatalogDraftRepository extends Repository<CatalogDraft, Long> {

	Optional<CatalogDraft> findByItemKey(String itemKey);

	Optional<CatalogDraft> findById(long id);

	List<CatalogDraft> findAllByOrderBySavedAt();

	CatalogDraft save(CatalogDraft draft);

	CatalogDraft saveAndFlush(CatalogDraft draft);

	void delete(CatalogDraft draft);

}
