package org.careeradvisor.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface CatalogDraftRepository extends Repository<CatalogDraft, Long> {

	public Optional<CatalogDraft> findByItemKey(String itemKey);

	public Optional<CatalogDraft> findById(long id);

	public List<CatalogDraft> findAllByOrderBySavedAt();

	public CatalogDraft save(CatalogDraft draft);

	public CatalogDraft saveAndFlush(CatalogDraft draft);

	public void delete(CatalogDraft draft);

}
