package org.careeradvisor.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CertificationRepository extends Repository<Certification, Long> {

	/**
	 * Every certification, retired ones too (names of credentials people hold, the admin
	 * area).
	 */
	List<Certification> findAllByOrderByAcronym();

	/** The certifications in the catalog (not retired), for lists and recommendations. */
	List<Certification> findByRetiredFalseOrderByAcronym();

	@Query("select new org.careeradvisor.catalog.internal.IdSlug(c.id, c.slug) from Certification c where c.id in :ids")
	List<IdSlug> findSlugs(Collection<Long> ids);

	boolean existsByAcronymIgnoreCaseAndSlugNot(String acronym, String slug);

	Certification save(Certification certification);

	Optional<Certification> findBySlug(String slug);

	@Query("""
			select c from Certification c
			where c.retired = false and (lower(c.acronym) like :pattern escape '\\' or lower(c.fullName) like :pattern escape '\\'
			   or lower(c.summary) like :pattern escape '\\' or lower(c.issuingBody) like :pattern escape '\\')
			order by c.acronym""")
	List<Certification> search(String pattern);

	/** Items a search found through their texts in another language. */
	List<Certification> findBySlugInAndRetiredFalse(Collection<String> slugs);

	long count();

}
