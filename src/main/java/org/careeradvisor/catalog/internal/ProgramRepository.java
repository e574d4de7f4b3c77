package org.careeradvisor.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ProgramRepository extends Repository<Program, Long> {

	/** Every program, retired ones too, for the admin area. */
	@Query("select p from Program p")
	List<Program> findAll();

	/** The programs in the catalog (not retired). */
	@Query("select p from Program p where p.retired = false")
	List<Program> findCurrent();

	@Query("select new org.careeradvisor.catalog.internal.IdSlug(p.id, p.slug) from Program p where p.id in :ids")
	List<IdSlug> findSlugs(Collection<Long> ids);

	Program save(Program program);

	@Query("""
			select distinct p from Program p left join fetch p.preparesFor left join fetch p.careers
			where p.slug = :slug""")
	Optional<Program> findDetailedBySlug(String slug);

	Optional<Program> findBySlug(String slug);

	@Query("select distinct p from Program p left join fetch p.careers where p.retired = false")
	List<Program> findAllWithCareers();

	@Query("""
			select p from Program p
			where p.retired = false and (lower(p.name) like :pattern escape '\\' or lower(p.summary) like :pattern escape '\\')
			order by p.name""")
	List<Program> search(String pattern);

	/** Items a search found through their texts in another language. */
	List<Program> findBySlugInAndRetiredFalse(Collection<String> slugs);

	@Query("select p from Program p join p.careers c where c = :career and p.retired = false order by p.level, p.name")
	List<Program> findByCareer(Career career);

	@Query("select p from Program p join p.preparesFor c where c = :certification and p.retired = false order by p.level, p.name")
	List<Program> findByPreparedCertification(Certification certification);

	long count();

}
