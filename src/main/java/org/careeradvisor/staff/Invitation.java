package org.careeradvisor.staff;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time link that lets someone create a staff account with a given role. Only the
 * hash of its token is stored; it expires after seven days.
 */
@Entity
@Table(name = "staff_invitation")
class Invitation {

	@Id
	@Column(name = "token_hash")
	private String tokenHash;

	/** The invitation's id in the administrators' page (to revoke it). */
	@Column(name = "public_id")
	private String publicId;

	@Enumerated(EnumType.STRING)
	private StaffRole role;

	/** Whom it is for, as the administrator noted it; optional. */
	private String note;

	@Column(name = "invited_by")
	private Long invitedBy;

	/** UTC. */
	@Column(name = "created_at")
	private LocalDateTime createdAt;

	/** UTC. */
	@Column(name = "expires_at")
	private LocalDateTime expiresAt;

	@Column(name = "accepted_by")
	private Long acceptedBy;

	protected Invitation() {
	}

	Invitation(String tokenHash, String publicId, StaffRole role, String note, Long invitedBy, LocalDateTime createdAt,
			LocalDateTime expiresAt) {
		this.tokenHash = tokenHash;
		this.publicId = publicId;
		this.role = role;
		this.note = note;
		this.invitedBy = invitedBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isOpen(LocalDateTime now) {
		return this.acceptedBy == null && this.expiresAt.isAfter(now);
	}

	void acceptedBy(StaffAccount account) {
		this.acceptedBy = account.getId();
	}

	String getPublicId() {
		return this.publicId;
	}

	StaffRole getRole() {
		return this.role;
	}

	String getNote() {
		return this.note;
	}

	LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

	LocalDateTime getExpiresAt() {
		return this.expiresAt;
	}

}
