package org.careeradvisor.staff;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface InvitationRepository extends Repository<Invitation, String> {

	Invitation save(Invitation invitation);

	Optional<Invitation> findByTokenHash(String tokenHash);

	/**
	 * The invitation, locked until the transaction ends: of two people accepting the same
	 * link at once, the second waits and then finds it used.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invitation i where i.tokenHash = :tokenHash")
	Optional<Invitation> findForAcceptance(String tokenHash);

	@Query("select i from Invitation i where i.acceptedBy is null and i.expiresAt > :now order by i.createdAt")
	List<Invitation> findOpen(LocalDateTime now);

	@Modifying
	@Query("delete from Invitation i where i.publicId = :publicId and i.acceptedBy is null")
	int deleteOpenByPublicId(String publicId);

}
