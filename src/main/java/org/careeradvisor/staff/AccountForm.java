package org.careeradvisor.staff;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new staff account, from the setup link or an invitation. The username is kept in
 * lower case, so that "JSmith" and "jsmith" are the same account.
 */
record AccountForm(
		@NotBlank(message = "{account.username.required}") @Pattern(regexp = "[a-z0-9._-]{3,40}",
				message = "{account.username.pattern}") String username,
		@NotBlank(message = "{account.displayName.required}") @Size(max = 60,
				message = "{account.displayName.size}") String displayName,
		@NotBlank(message = "{password.required}") String password, String confirmation) {

	AccountForm {
		username = (username == null) ? null : username.strip().toLowerCase(Locale.ROOT);
		displayName = (displayName == null) ? null : displayName.strip().replaceAll("\\s+", " ");
	}

	static AccountForm empty() {
		return new AccountForm("", "", "", "");
	}

	/** The form as it goes back to the page: passwords are never sent back. */
	AccountForm withoutPasswords() {
		return new AccountForm(this.username, this.displayName, "", "");
	}

}
