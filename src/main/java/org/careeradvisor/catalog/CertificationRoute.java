package org.careeradvisor.catalog;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One way to become eligible for a certification; every condition it sets must hold.
 */
@Entity
@Table(name = "certification_route")
@IdClass(CertificationRoute.Key.class)
class CertificationRoute {

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "certification_id")
	private Certification certification;

	@Id
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(name = "min_education")
	private EducationLevel minEducation;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "required_program_id")
	private Program requiredProgram;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "required_certification_id")
	private Certification requiredCertification;

	@Column(name = "min_years_experience")
	private Integer minYearsExperience;

	private String description;

	protected CertificationRoute() {
	}

	Certification getCertification() {
		return this.certification;
	}

	int getPosition() {
		return this.position;
	}

	EducationLevel getMinEducation() {
		return this.minEducation;
	}

	Program getRequiredProgram() {
		return this.requiredProgram;
	}

	Certification getRequiredCertification() {
		return this.requiredCertification;
	}

	Integer getMinYearsExperience() {
		return this.minYearsExperience;
	}

	String getDescription() {
		return this.description;
	}

	record Key(Long certification, int position) implements Serializable {
	}

}
