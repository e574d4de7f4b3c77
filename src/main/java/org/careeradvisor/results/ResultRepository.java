package org.careeradvisor.results;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ResultRepository extends Repository<Result, Long> {

	Result save(Result result);

	Optional<Result> findByViewToken(String viewToken);

	List<Result> findByIdInOrderByCreatedAtDesc(Collection<Long> ids);

	boolean existsByViewToken(String viewToken);

	Optional<Result> findByManageTokenHash(String manageTokenHash);

	/**
	 * The shared link's token of a result, found by its private token's hash, without
	 * reading the snapshot.
	 */
	@Query("select r.viewToken from Result r where r.manageTokenHash = :manageTokenHash")
	Optional<String> findViewTokenByManageTokenHash(String manageTokenHash);

	@Modifying
	@Query("delete from Result r where r.manageTokenHash = :manageTokenHash")
	int deleteByManageTokenHash(String manageTokenHash);

	@Modifying
	@Query("delete from Result r where r.createdAt < :before")
	int deleteCreatedBefore(LocalDateTime before);

	long count();

}
