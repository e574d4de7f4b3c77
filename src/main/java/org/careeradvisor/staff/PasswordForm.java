package org.careeradvisor.staff;

import jakarta.validation.constraints.NotBlank;

/**
 * A password change: the current password, then the new one twice.
 */
record PasswordForm(@NotBlank(message = "{password.current.required}") String current,
		@NotBlank(message = "{password.required}") String password, String confirmation) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

}
