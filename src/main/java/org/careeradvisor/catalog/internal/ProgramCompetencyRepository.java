package org.careeradvisor.catalog.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ProgramCompetencyRepository extends Repository<ProgramCompetency, ProgramCompetency.Key> {

	@Query("""
			select pc from ProgramCompetency pc join fetch pc.competency co join fetch co.framework
			where pc.program = :program order by pc.coverage, co.framework.position, co.position""")
	List<ProgramCompetency> findByProgram(Program program);

	ProgramCompetency save(ProgramCompetency link);

	void delete(ProgramCompetency link);

	/** Writes the deletions now, so that new links can take their keys. */
	void flush();

}
