package org.careeradvisor.catalog;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "career_certification")
@IdClass(CareerCertification.Key.class)
class CareerCertification {

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "career_id")
	private Career career;

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "certification_id")
	private Certification certification;

	@Enumerated(EnumType.STRING)
	private Relevance relevance;

	protected CareerCertification() {
	}

	Career getCareer() {
		return this.career;
	}

	Certification getCertification() {
		return this.certification;
	}

	Relevance getRelevance() {
		return this.relevance;
	}

	record Key(Long career, Long certification) implements Serializable {
	}

}
