package org.careeradvisor.questionnaire;

import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DraftRepository extends Repository<Draft, Long> {

	Draft save(Draft draft);

	@Query("select d from Draft d left join fetch d.answers where d.token = :token")
	Optional<Draft> findByToken(String token);

	void delete(Draft draft);

	/**
	 * Removes drafts submitted before a moment; their answers, experience and credentials
	 * go with them (the foreign keys cascade).
	 */
	@Modifying
	@Query("delete from Draft d where d.submittedAt < :before")
	int deleteSubmittedBefore(LocalDateTime before);

	/**
	 * Removes unfinished drafts last changed before a moment.
	 */
	@Modifying
	@Query("delete from Draft d where d.submittedAt is null and d.updatedAt < :before")
	int deleteUnfinishedUntouchedBefore(LocalDateTime before);

	long count();

}
