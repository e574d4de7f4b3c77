package org.careeradvisor.results;

import java.util.List;

/**
 * Who else can see a result besides whoever holds its link, for example a counselor's
 * group it was shared with. The counselor module provides it; the private manage page
 * lists the audiences and lets the owner leave one.
 */
public interface ResultAudiences {

	List<Audience> of(long resultId);

	/**
	 * Takes the result out of one audience.
	 * @return whether it was in it
	 */
	boolean leave(long resultId, String audienceId);

	/**
	 * @param id an unguessable id of the audience (for the leave form)
	 * @param groupName the group's name as its counselor wrote it
	 * @param counselorName the counselor's display name
	 * @param nickname the name the student gave themselves there, or {@code null}
	 */
	record Audience(String id, String groupName, String counselorName, String nickname) {
	}

}
