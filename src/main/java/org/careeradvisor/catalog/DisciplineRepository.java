package org.careeradvisor.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface DisciplineRepository extends Repository<Discipline, DisciplineCode> {

	List<Discipline> findAllByOrderByPosition();

}
