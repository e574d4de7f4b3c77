package org.careeradvisor.staff;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one-time link, printed in the log while there is no administrator, that creates the
 * first one. Only its hash is stored.
 */
@Entity
@Table(name = "staff_setup")
class SetupToken {

	@Id
	@Column(name = "token_hash")
	private String tokenHash;

	/** UTC. */
	@Column(name = "expires_at")
	private LocalDateTime expiresAt;

	protected SetupToken() {
	}

	SetupToken(String tokenHash, LocalDateTime expiresAt) {
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

}
