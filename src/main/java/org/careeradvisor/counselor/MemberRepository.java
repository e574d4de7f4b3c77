package org.careeradvisor.counselor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MemberRepository extends Repository<Member, Long> {

	Member save(Member member);

	List<Member> findByGroupId(long groupId);

	List<Member> findByResultId(long resultId);

	Optional<Member> findByPublicIdAndGroupId(String publicId, long groupId);

	boolean existsByGroupIdAndResultId(long groupId, long resultId);

	boolean existsByGroupIdAndPseudonym(long groupId, String pseudonym);

	@Modifying
	@Query("delete from Member m where m.publicId = :publicId and m.resultId = :resultId")
	int deleteByPublicIdAndResultId(String publicId, long resultId);

}
