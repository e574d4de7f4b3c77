package org.careeradvisor.staff;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A counselor's or administrator's account. Failed sign-ins are counted here, so that the
 * lock holds for every instance that shares the database.
 */
@Entity
@Table(name = "staff_account")
class StaffAccount {

	/** Failed sign-ins in a row that lock the account. */
	static final int FAILURES_BEFORE_LOCK = 5;

	/** How long a locked account stays locked. */
	static final Duration LOCK = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The account's id in URLs: random, so that accounts cannot be enumerated. */
	@Column(name = "public_id")
	private String publicId;

	private String username;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private StaffRole role;

	private boolean enabled;

	@Column(name = "failed_logins")
	private int failedLogins;

	/** UTC. */
	@Column(name = "locked_until")
	private LocalDateTime lockedUntil;

	/** UTC. */
	@Column(name = "created_at")
	private LocalDateTime createdAt;

	@Version
	@Column(name = "row_version")
	private int rowVersion;

	protected StaffAccount() {
	}

	StaffAccount(String publicId, String username, String displayName, String passwordHash, StaffRole role,
			LocalDateTime createdAt) {
		this.publicId = publicId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	/**
	 * Counts a failed sign-in; the fifth in a row locks the account for a while.
	 */
	void failedSignIn(LocalDateTime now) {
		this.failedLogins++;
		if (this.failedLogins >= FAILURES_BEFORE_LOCK) {
			this.lockedUntil = now.plus(LOCK);
			this.failedLogins = 0;
		}
	}

	void signedIn() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	boolean isLocked(LocalDateTime now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
		signedIn();
	}

	Long getId() {
		return this.id;
	}

	String getPublicId() {
		return this.publicId;
	}

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	StaffRole getRole() {
		return this.role;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

}
