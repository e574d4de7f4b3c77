package org.careeradvisor.staff;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Staff accounts for tests of other modules, made the way the app makes them: the first
 * administrator from a setup link, everyone else from an invitation.
 */
public final class StaffFixture {

	public static final String PASSWORD = "amber violin crosses seven rivers";

	private StaffFixture() {
	}

	/**
	 * A fresh setup link's token, as the log prints it while no administrator exists;
	 * empty once one does.
	 */
	public static java.util.Optional<String> setupToken(ApplicationContext context) {
		return context.getBean(StaffService.class).newSetupTokenIfNeeded();
	}

	/** A new enabled account with this username and role, as it signs in. */
	public static StaffUser account(ApplicationContext context, String username, String displayName, StaffRole role) {
		StaffService staff = context.getBean(StaffService.class);
		staff.newSetupTokenIfNeeded()
			.ifPresent((token) -> staff.createFirstAdministrator(token,
					new AccountForm("fixture-admin", "Fixture Admin", PASSWORD, PASSWORD)));
		long admin = context.getBean(StaffAccountRepository.class)
			.findAllByOrderByDisplayNameAsc()
			.stream()
			.filter((a) -> a.getRole() == StaffRole.ADMIN && a.isEnabled())
			.findFirst()
			.orElseThrow()
			.getId();
		String token = staff.invite(new InvitationForm(role, null), admin);
		if (!(staff.acceptInvitation(token,
				new AccountForm(username, displayName, PASSWORD, PASSWORD)) instanceof StaffService.Saved)) {
			throw new IllegalStateException("Account not created: " + username);
		}
		return (StaffUser) context.getBean(UserDetailsService.class).loadUserByUsername(username);
	}

}
