package org.careeradvisor.staff;

import java.util.Optional;

/**
 * Staff members as other modules may see them: by name only.
 */
public interface StaffDirectory {

	/** The display name of an enabled account. */
	Optional<String> displayName(long accountId);

}
