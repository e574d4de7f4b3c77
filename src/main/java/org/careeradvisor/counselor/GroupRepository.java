package org.careeradvisor.counselor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface GroupRepository extends Repository<CounselorGroup, Long> {

	CounselorGroup save(CounselorGroup group);

	Optional<CounselorGroup> findById(Long id);

	/** A group, only if it belongs to this counselor: nobody reaches another's groups. */
	Optional<CounselorGroup> findByPublicIdAndCounselorId(String publicId, long counselorId);

	Optional<CounselorGroup> findByJoinCode(String joinCode);

	boolean existsByJoinCode(String joinCode);

	/** A counselor's groups with how many results each holds, newest first. */
	@Query("select new org.careeradvisor.counselor.GroupService$GroupRow(g.publicId, g.name, g.joinCode, g.endsOn, "
			+ "(select count(m) from Member m where m.groupId = g.id)) "
			+ "from CounselorGroup g where g.counselorId = :counselorId order by g.createdAt desc")
	List<GroupService.GroupRow> findRows(long counselorId);

	void delete(CounselorGroup group);

	@Modifying
	@Query("delete from CounselorGroup g where g.endsOn < :before")
	int deleteEndedBefore(LocalDate before);

}
