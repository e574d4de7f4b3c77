package org.careeradvisor.catalog.internal;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.careeradvisor.catalog.CertificationForm;
import org.careeradvisor.catalog.EducationLevel;
import org.careeradvisor.catalog.ExperienceKind;
import org.careeradvisor.catalog.LicenceNeed;

/**
 * One way to become eligible for a certification; every condition it sets must hold.
 */
@Entity
@Table(name = "certification_route")
@IdClass(CertificationRoute.Key.class)
public class CertificationRoute {

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

	/** Comma-separated {@link ExperienceKind} names that the years must be in. */
	@Column(name = "experience_kinds")
	private String experienceKinds;

	@Enumerated(EnumType.STRING)
	@Column(name = "required_licence")
	private LicenceNeed requiredLicence;

	@Column(name = "open_exam")
	private boolean openExam;

	@Column(name = "extra_conditions")
	private String extraConditions;

	@Column(name = "details_complete")
	private boolean detailsComplete;

	private String preparation;

	@Column(name = "recommended_kinds")
	private String recommendedKinds;

	@Column(name = "recommended_years")
	private Integer recommendedYears;

	private String description;

	protected CertificationRoute() {
	}

	/**
	 * A route as published from a form, its program and credential looked up by the
	 * caller.
	 */
	public CertificationRoute(Certification certification, int position, CertificationForm.RouteForm form,
			Program requiredProgram, Certification requiredCertification) {
		this.certification = certification;
		this.position = position;
		this.minEducation = form.minEducation();
		this.requiredProgram = requiredProgram;
		this.requiredCertification = requiredCertification;
		this.minYearsExperience = form.minYears();
		this.experienceKinds = names(form.kinds());
		this.requiredLicence = form.requiredLicence();
		this.openExam = form.isOpenExam();
		this.extraConditions = blankToNull(form.extraConditions());
		this.detailsComplete = form.isDetailsComplete();
		this.preparation = blankToNull(form.preparation());
		this.recommendedKinds = names(form.recommended());
		this.recommendedYears = form.recommendedYears();
		this.description = form.description().strip();
	}

	/** The route as an edit form shows it. */
	public CertificationForm.RouteForm toForm() {
		return new CertificationForm.RouteForm(false, this.minEducation,
				(this.requiredProgram != null) ? this.requiredProgram.getSlug() : "",
				(this.requiredCertification != null) ? this.requiredCertification.getSlug() : "",
				this.minYearsExperience, List.copyOf(new java.util.TreeSet<>(getExperienceKinds())),
				this.requiredLicence, this.openExam, (this.extraConditions != null) ? this.extraConditions : "",
				this.detailsComplete, (this.preparation != null) ? this.preparation : "",
				List.copyOf(new java.util.TreeSet<>(getRecommendedKinds())), this.recommendedYears, this.description);
	}

	private static String names(List<ExperienceKind> kinds) {
		return kinds.isEmpty() ? null
				: kinds.stream().distinct().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Certification getCertification() {
		return this.certification;
	}

	public int getPosition() {
		return this.position;
	}

	public EducationLevel getMinEducation() {
		return this.minEducation;
	}

	public Program getRequiredProgram() {
		return this.requiredProgram;
	}

	public Certification getRequiredCertification() {
		return this.requiredCertification;
	}

	public Integer getMinYearsExperience() {
		return this.minYearsExperience;
	}

	public String getDescription() {
		return this.description;
	}

	public Set<ExperienceKind> getExperienceKinds() {
		return kinds(this.experienceKinds);
	}

	public LicenceNeed getRequiredLicence() {
		return this.requiredLicence;
	}

	public boolean isOpenExam() {
		return this.openExam;
	}

	public String getExtraConditions() {
		return this.extraConditions;
	}

	public boolean isDetailsComplete() {
		return this.detailsComplete;
	}

	public String getPreparation() {
		return this.preparation;
	}

	public Set<ExperienceKind> getRecommendedKinds() {
		return kinds(this.recommendedKinds);
	}

	public Integer getRecommendedYears() {
		return this.recommendedYears;
	}

	private static Set<ExperienceKind> kinds(String names) {
		if (names == null || names.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(names.split(","))
			.map(String::strip)
			.map(ExperienceKind::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ExperienceKind.class)));
	}

	public record Key(Long certification, int position) implements Serializable {
	}

}
