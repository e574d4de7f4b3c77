package org.careeradvisor.questionnaire;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * How much one career draws on one interest dimension.
 */
@Entity
@Table(name = "career_profile")
@IdClass(CareerProfile.Key.class)
class CareerProfile {

	@Id
	@Column(name = "career_slug")
	private String careerSlug;

	@Id
	@Column(name = "dimension_code")
	private String dimensionCode;

	private BigDecimal weight;

	protected CareerProfile() {
	}

	String getCareerSlug() {
		return this.careerSlug;
	}

	String getDimensionCode() {
		return this.dimensionCode;
	}

	BigDecimal getWeight() {
		return this.weight;
	}

	record Key(String careerSlug, String dimensionCode) implements Serializable {
	}

}
