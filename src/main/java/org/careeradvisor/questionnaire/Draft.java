package org.careeradvisor.questionnaire;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import org.careeradvisor.catalog.EducationLevel;

/**
 * An unfinished questionnaire, resumable from its link until it is submitted.
 */
@Entity
class Draft {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String token;

	private int version;

	@Enumerated(EnumType.STRING)
	private Form form;

	@Enumerated(EnumType.STRING)
	@Column(name = "education_done")
	private EducationLevel educationDone;

	@Enumerated(EnumType.STRING)
	@Column(name = "education_planned")
	private EducationLevel educationPlanned;

	@Column(name = "years_experience")
	private Integer yearsExperience;

	@Column(name = "clinical_licence")
	private Boolean clinicalLicence;

	/** UTC. */
	@Column(name = "created_at")
	private LocalDateTime createdAt;

	/** UTC. */
	@Column(name = "updated_at")
	private LocalDateTime updatedAt;

	@ElementCollection
	@CollectionTable(name = "draft_answer", joinColumns = @JoinColumn(name = "draft_id"))
	@MapKeyColumn(name = "question_code")
	@Column(name = "answer")
	private final Map<String, Integer> answers = new HashMap<>();

	protected Draft() {
	}

	Draft(String token, int version, Form form, LocalDateTime now) {
		this.token = token;
		this.version = version;
		this.form = form;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Records answers; the caller has checked that every code belongs to this draft's
	 * questions and every value is on the scale.
	 */
	void answer(Map<String, Integer> given, LocalDateTime now) {
		given.forEach((code, value) -> {
			if (value < ScoringEngine.MIN_ANSWER || value > ScoringEngine.MAX_ANSWER) {
				throw new IllegalArgumentException("Answer out of range: " + value);
			}
		});
		this.answers.putAll(given);
		this.updatedAt = now;
	}

	void describe(Context context, LocalDateTime now) {
		this.educationDone = context.completed();
		this.educationPlanned = context.planned();
		this.yearsExperience = context.yearsExperience();
		this.clinicalLicence = context.clinicalLicence();
		this.updatedAt = now;
	}

	String getToken() {
		return this.token;
	}

	int getVersion() {
		return this.version;
	}

	Form getForm() {
		return this.form;
	}

	EducationLevel getEducationDone() {
		return this.educationDone;
	}

	EducationLevel getEducationPlanned() {
		return this.educationPlanned;
	}

	Integer getYearsExperience() {
		return this.yearsExperience;
	}

	Boolean getClinicalLicence() {
		return this.clinicalLicence;
	}

	/**
	 * A plain copy: Hibernate's own map reports its values as distinct even when they are
	 * not.
	 */
	Map<String, Integer> getAnswers() {
		return Map.copyOf(this.answers);
	}

}
