package org.careeradvisor.questionnaire;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface QuestionRepository extends Repository<Question, Long> {

	@Query("select distinct q from Question q left join fetch q.weights where q.version = :version order by q.position")
	List<Question> findByVersionWithWeights(int version);

	@Query("select max(v.version) from QuestionnaireVersion v")
	Integer currentVersion();

}
