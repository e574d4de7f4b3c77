package org.careeradvisor.staff;

import java.io.Serial;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in staff member, as kept in the (database-backed) session.
 */
public final class StaffUser extends User {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String displayName;

	private final StaffRole role;

	StaffUser(StaffAccount account, boolean locked) {
		super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, !locked,
				List.of(new SimpleGrantedAuthority(account.getRole().authority())));
		this.accountId = account.getId();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
	}

	/** The account's database id, for the staff member's own rows (groups, notes). */
	public long accountId() {
		return this.accountId;
	}

	public String displayName() {
		return this.displayName;
	}

	public StaffRole role() {
		return this.role;
	}

	public boolean isAdmin() {
		return this.role == StaffRole.ADMIN;
	}

	// User's equals and hashCode compare usernames, which is what identifies an account.
	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
