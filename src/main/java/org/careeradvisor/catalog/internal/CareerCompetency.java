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
import org.careeradvisor.catalog.Importance;

@Entity
@Table(name = "career_competency")
@IdClass(CareerCompetency.Key.class)
public class CareerCompetency {

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "career_id")
	private Career career;

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "competency_id")
	private Competency competency;

	@Enumerated(EnumType.STRING)
	private Importance importance;

	protected CareerCompetency() {
	}

	public CareerCompetency(Career career, Competency competency, Importance importance) {
		this.career = career;
		this.competency = competency;
		this.importance = importance;
	}

	public Career getCareer() {
		return this.career;
	}

	public Competency getCompetency() {
		return this.competency;
	}

	public Importance getImportance() {
		return this.importance;
	}

	public record Key(Long career, Long competency) implements Serializable {
	}

}
