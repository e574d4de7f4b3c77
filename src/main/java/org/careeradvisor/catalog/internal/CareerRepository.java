package org.careeradvisor.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CareerRepository extends Repository<Career, Long> {

	/** The careers in the catalog (not retired), for lists and recommendations. */
	@Query("select distinct c from Career c left join fetch c.outlook left join fetch c.outlookSources where c.retired = false order by c.title")
	List<Career> findAllWithOutlook();

	/** Every career, retired ones too, for the admin area and the figures import. */
	@Query("select distinct c from Career c left join fetch c.outlook left join fetch c.outlookSources order by c.title")
	List<Career> findAllForAdmin();

	@Query("select c from Career c left join fetch c.tasks where c.slug = :slug")
	Optional<Career> findForEditBySlug(String slug);

	@Query("select new org.careeradvisor.catalog.internal.IdSlug(c.id, c.slug) from Career c where c.id in :ids")
	List<IdSlug> findSlugs(Collection<Long> ids);

	Career save(Career career);

	@Query("select c from Career c left join fetch c.tasks left join fetch c.outlook left join fetch c.outlookSources where c.slug = :slug")
	Optional<Career> findDetailedBySlug(String slug);

	@Query("""
			select distinct c from Career c left join fetch c.outlook left join fetch c.outlookSources
			where c.retired = false and (lower(c.title) like :pattern escape '\\' or lower(c.summary) like :pattern escape '\\'
			    or exists (select 1 from Career d join d.tasks t where d = c and lower(t) like :pattern escape '\\'))
			order by c.title""")
	List<Career> search(String pattern);

	/** Items a search found through their texts in another language. */
	List<Career> findBySlugInAndRetiredFalse(Collection<String> slugs);

	long count();

}
