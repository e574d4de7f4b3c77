package org.careeradvisor.counselor;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A counselor's group of shared results: a class, a workshop. It belongs to one counselor
 * and ends on a date, after which (and a retention period) it is deleted.
 */
@Entity
@Table(name = "counselor_group")
class CounselorGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id")
	private String publicId;

	@Column(name = "counselor_id")
	private long counselorId;

	private String name;

	@Column(name = "join_code")
	private String joinCode;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	/** UTC. */
	@Column(name = "created_at")
	private LocalDateTime createdAt;

	protected CounselorGroup() {
	}

	CounselorGroup(String publicId, long counselorId, String name, String joinCode, LocalDate endsOn,
			LocalDateTime createdAt) {
		this.publicId = publicId;
		this.counselorId = counselorId;
		this.name = name;
		this.joinCode = joinCode;
		this.endsOn = endsOn;
		this.createdAt = createdAt;
	}

	/** Whether students may still join: until the end of its last day. */
	boolean isOpen(LocalDate today) {
		return !this.endsOn.isBefore(today);
	}

	Long getId() {
		return this.id;
	}

	String getPublicId() {
		return this.publicId;
	}

	long getCounselorId() {
		return this.counselorId;
	}

	String getName() {
		return this.name;
	}

	String getJoinCode() {
		return this.joinCode;
	}

	LocalDate getEndsOn() {
		return this.endsOn;
	}

}
