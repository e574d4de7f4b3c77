package org.careeradvisor.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface CompetencyFrameworkRepository extends Repository<CompetencyFramework, String> {

	List<CompetencyFramework> findAllByOrderByPosition();

	Optional<CompetencyFramework> findById(String code);

}
