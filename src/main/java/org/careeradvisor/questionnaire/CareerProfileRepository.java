package org.careeradvisor.questionnaire;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CareerProfileRepository extends Repository<CareerProfile, CareerProfile.Key> {

	List<CareerProfile> findAll();

}
