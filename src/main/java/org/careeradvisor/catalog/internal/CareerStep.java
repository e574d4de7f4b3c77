package org.careeradvisor.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.careeradvisor.catalog.StepKind;

/**
 * A typed move from one career to another.
 */
@Entity
@Table(name = "career_step")
public class CareerStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
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

	public Long getId() {
		return this.id;
	}

	public Career getFrom() {
		return this.from;
	}

	public Career getTo() {
		return this.to;
	}

	public StepKind getKind() {
		return this.kind;
	}

	public Integer getMinYears() {
		return this.minYears;
	}

	public Integer getMaxYears() {
		return this.maxYears;
	}

	public String getYearsBasis() {
		return this.yearsBasis;
	}

	public Certification getCertification() {
		return this.certification;
	}

	public String getDescription() {
		return this.description;
	}

}
