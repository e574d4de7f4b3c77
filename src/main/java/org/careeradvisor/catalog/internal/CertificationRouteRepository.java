package org.careeradvisor.catalog.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CertificationRouteRepository extends Repository<CertificationRoute, CertificationRoute.Key> {

	@Query("""
			select r from CertificationRoute r left join fetch r.requiredProgram left join fetch r.requiredCertification
			where r.certification = :certification order by r.position""")
	List<CertificationRoute> findByCertification(Certification certification);

	@Query("""
			select r from CertificationRoute r join fetch r.certification c
			left join fetch r.requiredProgram left join fetch r.requiredCertification
			order by c.acronym, r.position""")
	List<CertificationRoute> findAllWithParts();

	CertificationRoute save(CertificationRoute route);

	void delete(CertificationRoute route);

	/** Writes the deletions now, so that new routes can take their positions. */
	void flush();

}
