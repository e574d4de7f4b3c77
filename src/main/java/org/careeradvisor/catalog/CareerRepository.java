package org.careeradvisor.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CareerRepository extends Repository<Career, Long> {

	@Query("select distinct c from Career c left join fetch c.outlook order by c.title")
	List<Career> findAllWithOutlook();

	@Query("select c from Career c left join fetch c.tasks left join fetch c.outlook where c.slug = :slug")
	Optional<Career> findDetailedBySlug(String slug);

	@Query("""
			select distinct c from Career c left join fetch c.outlook
			where lower(c.title) like :pattern escape '\\' or lower(c.summary) like :pattern escape '\\'
			    or exists (select 1 from Career d join d.tasks t where d = c and lower(t) like :pattern escape '\\')
			order by c.title""")
	List<Career> search(String pattern);

	long count();

}
