package org.careeradvisor.catalog.internal;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface CatalogAuditRepository extends Repository<CatalogAudit, Long> {

	public List<CatalogAudit> findByItemKindAndItemIdOrderByIdDesc(String itemKind, long itemId);

	public CatalogAudit save(CatalogAudit audit);

}
