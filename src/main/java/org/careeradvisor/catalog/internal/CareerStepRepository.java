package org.careeradvisor.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CareerStepRepository extends Repository<CareerStep, Long> {

	@Query("""
			select s from CareerStep s join fetch s.from join fetch s.to left join fetch s.certification
			where (s.from = :career or s.to = :career) and s.retired = false order by s.kind, s.id""")
	List<CareerStep> findTouching(Career career);

	/** Every step, retired ones too, for the admin area. */
	@Query("select s from CareerStep s join fetch s.from f join fetch s.to t order by f.title, t.title")
	List<CareerStep> findAllForAdmin();

	@Query("""
			select s from CareerStep s join fetch s.from f join fetch s.to t left join fetch s.certification
			where f.slug = :from and t.slug = :to""")
	Optional<CareerStep> findBySlugs(String from, String to);

	@Query("""
			select new org.careeradvisor.catalog.internal.IdSlug(s.id, concat(f.slug, '--', t.slug))
			from CareerStep s join s.from f join s.to t where s.id in :ids""")
	List<IdSlug> findSlugs(Collection<Long> ids);

	CareerStep save(CareerStep step);

	long count();

}
