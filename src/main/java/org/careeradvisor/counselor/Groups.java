package org.careeradvisor.counselor;

import java.util.Optional;

/**
 * Counselor groups as the questionnaire sees them: find an open group by the code a
 * student typed, and share a new result with it.
 */
public interface Groups {

	/** An open group (not past its end date) by a code as typed. */
	Optional<GroupInvite> openGroup(String typedCode);

	Optional<GroupInvite> openGroup(long groupId);

	/**
	 * Shares a stored result with a group (in the caller's transaction), under a nickname
	 * or, without one, a pseudonym. Does nothing when the group has ended.
	 */
	void join(long groupId, String viewToken, String nickname);

	/**
	 * A group as a student sees it before joining: who will see their result.
	 */
	record GroupInvite(long id, String code, String name, String counselorName) {
	}

}
