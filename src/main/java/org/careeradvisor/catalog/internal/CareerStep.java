package org.careeradvisor.catalog.internal;

import java.util.Map;

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
import jakarta.persistence.Version;
import org.careeradvisor.catalog.StepForm;
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

	@Version
	@Column(name = "row_version")
	private int version;

	/** A retired step no longer shows on career pages. */
	private boolean retired;

	protected CareerStep() {
	}

	/** A new step between two careers, which never change afterwards. */
	public CareerStep(Career from, Career to) {
		this.from = from;
		this.to = to;
	}

	/**
	 * Takes the edited values (a published draft); the credential is looked up by the
	 * caller.
	 */
	public void apply(StepForm form, Certification certification) {
		this.kind = form.kind();
		this.minYears = form.minYears();
		this.maxYears = form.maxYears();
		this.yearsBasis = (form.yearsBasis() == null || form.yearsBasis().isBlank()) ? null : form.yearsBasis().strip();
		this.certification = certification;
		this.description = form.description().strip();
		this.retired = form.isRetired();
	}

	public StepForm toForm() {
		return new StepForm(this.from.getSlug(), this.to.getSlug(), this.kind, this.minYears, this.maxYears,
				(this.yearsBasis != null) ? this.yearsBasis : "",
				(this.certification != null) ? this.certification.getSlug() : "", this.description, this.retired,
				this.version, null, Map.of());
	}

	public int getVersion() {
		return this.version;
	}

	public boolean isRetired() {
		return this.retired;
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
