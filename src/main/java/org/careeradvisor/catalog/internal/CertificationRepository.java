package org.careeradvisor.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CertificationRepository extends Repository<Certification, Long> {

	public List<Certification> findAllByOrderByAcronym();

	public Optional<Certification> findBySlug(String slug);

	@Query("""
			select c from Certification c
			where lower(c.acronym) like :pattern escape '\\' or lower(c.fullName) like :pattern escape '\\'
			   or lower(c.summary) like :pattern escape '\\' or lower(c.issuingBody) like :pattern escape '\\'
			order by c.acronym""")
	public List<Certification> search(String pattern);

	public long count();

}
