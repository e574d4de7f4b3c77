package org.careeradvisor.catalog.internal;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface CatalogAuditRepository extends Repository<CatalogAudit, Long> {

	List<CatalogAudit> findByItemKindAndItemIdOrderByIdDesc(String itemKind, long itemId);

	CatalogAudit save(CatalogAudit audit);

}
