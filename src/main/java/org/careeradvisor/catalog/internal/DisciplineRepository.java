package org.careeradvisor.catalog.internal;

import java.util.List;

import org.careeradvisor.catalog.DisciplineCode;

import org.springframework.data.repository.Repository;

public interface DisciplineRepository extends Repository<Discipline, DisciplineCode> {

	List<Discipline> findAllByOrderByPosition();

}
