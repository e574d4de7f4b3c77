package org.careeradvisor.catalog.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CareerStepRepository extends Repository<CareerStep, Long> {

	@Query("""
			select s from CareerStep s join fetch s.from join fetch s.to left join fetch s.certification
			where s.from = :career or s.to = :career order by s.kind, s.id""")
	List<CareerStep> findTouching(Career career);

	long count();

}
