package org.careeradvisor.catalog.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CareerCompetencyRepository extends Repository<CareerCompetency, CareerCompetency.Key> {

	@Query("""
			select cc from CareerCompetency cc join fetch cc.competency co join fetch co.framework
			where cc.career = :career order by cc.importance, co.framework.position, co.position""")
	List<CareerCompetency> findByCareer(Career career);

	@Query("""
			select cc from CareerCompetency cc join fetch cc.competency co join fetch co.framework join fetch cc.career c
			order by co.position, c.title""")
	List<CareerCompetency> findAllWithCareerAndCompetency();

	CareerCompetency save(CareerCompetency link);

	void delete(CareerCompetency link);

	/** Writes the deletions now, so that new links can take their keys. */
	void flush();

}
