package org.careeradvisor.catalog.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CareerCertificationRepository extends Repository<CareerCertification, CareerCertification.Key> {

	@Query("""
			select cc from CareerCertification cc join fetch cc.certification cert
			where cc.career = :career order by cc.relevance, cert.acronym""")
	List<CareerCertification> findByCareer(Career career);

	@Query("select cc from CareerCertification cc join fetch cc.certification join fetch cc.career")
	List<CareerCertification> findAllWithCertification();

	@Query("""
			select cc from CareerCertification cc join fetch cc.career c
			where cc.certification = :certification order by c.title""")
	List<CareerCertification> findByCertification(Certification certification);

	CareerCertification save(CareerCertification link);

	void delete(CareerCertification link);

	/** Writes the deletions now, so that new links can take their keys. */
	void flush();

}
