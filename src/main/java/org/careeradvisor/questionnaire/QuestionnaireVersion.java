package org.careeradvisor.questionnaire;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "questionnaire_version")
class QuestionnaireVersion {

	@Id
	private int version;

	private String label;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	protected QuestionnaireVersion() {
	}

}
