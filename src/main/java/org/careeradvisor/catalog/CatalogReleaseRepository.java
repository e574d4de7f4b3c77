package org.careeradvisor.catalog;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CatalogReleaseRepository extends Repository<CatalogRelease, Integer> {

	@Query("select r.release from CatalogRelease r where r.id = 1")
	int current();

}
