package org.careeradvisor.staff;

import java.time.LocalDateTime;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SetupTokenRepository extends Repository<SetupToken, String> {

	SetupToken save(SetupToken token);

	@Query("select count(t) > 0 from SetupToken t where t.tokenHash = :tokenHash and t.expiresAt > :now")
	boolean isValid(String tokenHash, LocalDateTime now);

	/**
	 * Uses up a link: deletes it (and every other), answering whether it was there, so
	 * that of two concurrent uses only one succeeds.
	 */
	@Modifying
	@Query("delete from SetupToken t where t.tokenHash = :tokenHash and t.expiresAt > :now")
	int deleteValid(String tokenHash, LocalDateTime now);

	@Modifying
	@Query("delete from SetupToken t")
	int deleteAll();

}
