package org.careeradvisor.questionnaire;

import java.util.List;

import org.springframework.data.repository.Repository;

interface DimensionRepository extends Repository<InterestDimension, String> {

	List<InterestDimension> findAllByOrderByPosition();

}
