package org.careeradvisor.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CompetencyRepository extends Repository<Competency, Long> {

	/** The competencies in the catalog (not retired), by framework. */
	@Query("select c from Competency c join fetch c.framework f where c.retired = false order by f.position, c.position")
	List<Competency> findAllWithFramework();

	/** Every competency, retired ones too, for the admin area. */
	@Query("select c from Competency c join fetch c.framework f order by f.position, c.position")
	List<Competency> findAllForAdmin();

	@Query("select c from Competency c join fetch c.framework where c.slug = :slug")
	Optional<Competency> findForEditBySlug(String slug);

	@Query("select new org.careeradvisor.catalog.internal.IdSlug(c.id, c.slug) from Competency c where c.id in :ids")
	List<IdSlug> findSlugs(Collection<Long> ids);

	@Query("select coalesce(max(c.position), 0) from Competency c where c.framework = :framework")
	int lastPosition(CompetencyFramework framework);

	Competency save(Competency competency);

	@Query("""
			select c from Competency c join fetch c.framework f
			where c.retired = false and (lower(c.name) like :pattern escape '\\' or lower(c.description) like :pattern escape '\\')
			order by f.position, c.position""")
	List<Competency> search(String pattern);

	/** Items a search found through their texts in another language. */
	List<Competency> findBySlugInAndRetiredFalse(Collection<String> slugs);

	long count();

}
