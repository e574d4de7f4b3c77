package org.careeradvisor.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface StaffAccountRepository extends Repository<StaffAccount, Long> {

	StaffAccount save(StaffAccount account);

	Optional<StaffAccount> findByUsername(String username);

	Optional<StaffAccount> findByPublicId(String publicId);

	Optional<StaffAccount> findById(Long id);

	boolean existsByUsername(String username);

	boolean existsByRoleAndEnabledTrue(StaffRole role);

	List<StaffAccount> findAllByOrderByDisplayNameAsc();

}
