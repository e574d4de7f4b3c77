package org.careeradvisor.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A typed move from one career to another.
 */
@Entity
@Table(name = "career_step")
class CareerStep {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "from_career_id")
	private Career from;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "to_career_id")
	private Career to;

	@Enumerated(EnumType.STRING)
	private StepKind kind;

	@Column(name = "min_years")
	private Integer minYears;

	@Column(name = "max_years")
	private Integer maxYears;

	@Column(name = "years_basis")
	private String yearsBasis;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "certification_id")
	private Certification certification;

	private String description;

	protected CareerStep() {
	}

	Long getId() {
		return this.id;
	}

	Career getFrom() {
		return this.from;
	}

	Career getTo() {
		return this.to;
	}

	StepKind getKind() {
		return this.kind;
	}

	Integer getMinYears() {
		return this.minYears;
	}

	Integer getMaxYears() {
		return this.maxYears;
	}

	String getYearsBasis() {
		return this.yearsBasis;
	}

	Certification getCertification() {
		return this.certification;
	}

	String getDescription() {
		return this.description;
	}

}
