package org.careeradvisor.staff;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository accounts;

	private final Clock clock;

	StaffUserDetailsService(StaffAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
			.map((account) -> new StaffUser(account, account.isLocked(LocalDateTime.now(this.clock))))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
