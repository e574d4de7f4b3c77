package org.careeradvisor.catalog.internal;

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
import org.careeradvisor.catalog.Relevance;

@Entity
@Table(name = "career_certification")
@IdClass(CareerCertification.Key.class)
public class CareerCertification {

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

	public CareerCertification(Career career, Certification certification, Relevance relevance) {
		this.career = career;
		this.certification = certification;
		this.relevance = relevance;
	}

	public Career getCareer() {
		return this.career;
	}

	public Certification getCertification() {
		return this.certification;
	}

	public Relevance getRelevance() {
		return this.relevance;
	}

	public record Key(Long career, Long certification) implements Serializable {
	}

}
