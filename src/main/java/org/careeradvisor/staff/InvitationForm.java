package org.careeradvisor.staff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An invitation: the role it grants and, optionally, whom it is for (shown only to
 * administrators, to tell open invitations apart).
 */
record InvitationForm(@NotNull(message = "{invitation.role.required}") StaffRole role,
		@Size(max = 60, message = "{invitation.note.size}") String note) {

	InvitationForm {
		note = (note == null || note.isBlank()) ? null : note.strip();
	}

	static InvitationForm empty() {
		return new InvitationForm(StaffRole.COUNSELOR, null);
	}

}
