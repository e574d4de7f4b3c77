package org.careeradvisor.catalog.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CompetencyRepository extends Repository<Competency, Long> {

	@Query("select c from Competency c join fetch c.framework f order by f.position, c.position")
	public List<Competency> findAllWithFramework();

	@Query("""
			select c from Competency c join fetch c.framework f
			where lower(c.name) like :pattern escape '\\' or lower(c.description) like :pattern escape '\\'
			order by f.position, c.position""")
	public List<Competency> search(String pattern);

	public long count();

}
