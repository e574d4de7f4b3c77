package org.careeradvisor.catalog.internal;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CatalogReleaseRepository extends Repository<CatalogRelease, Integer> {

	@Query("select r from CatalogRelease r where r.id = 1")
	CatalogRelease current();

	/** The current release, locked until the publishing transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from CatalogRelease r where r.id = 1")
	CatalogRelease currentForUpdate();

}
