package org.careeradvisor.questionnaire;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DraftRepository extends Repository<Draft, Long> {

	Draft save(Draft draft);

	@Query("select d from Draft d left join fetch d.answers where d.token = :token")
	Optional<Draft> findByToken(String token);

	void delete(Draft draft);

	long count();

}
