package org.careeradvisor.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
class Certification {

	@Id
	private Long id;

	private String slug;

	private String acronym;

	@Column(name = "full_name")
	private String fullName;

	@Column(name = "issuing_body")
	private String issuingBody;

	@Enumerated(EnumType.STRING)
	private Affinity discipline;

	private String summary;

	private String eligibility;

	@Enumerated(EnumType.STRING)
	@Column(name = "eligibility_status")
	private SourceStatus eligibilityStatus;

	@Column(name = "exam_facts")
	private String examFacts;

	@Enumerated(EnumType.STRING)
	@Column(name = "exam_status")
	private SourceStatus examStatus;

	private String renewal;

	@Enumerated(EnumType.STRING)
	@Column(name = "renewal_status")
	private SourceStatus renewalStatus;

	@Column(name = "official_url")
	private String officialUrl;

	@Column(name = "source_urls")
	private String sourceUrls;

	@Column(name = "as_of")
	private String asOf;

	protected Certification() {
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	String getAcronym() {
		return this.acronym;
	}

	String getFullName() {
		return this.fullName;
	}

	String getIssuingBody() {
		return this.issuingBody;
	}

	Affinity getDiscipline() {
		return this.discipline;
	}

	String getSummary() {
		return this.summary;
	}

	String getEligibility() {
		return this.eligibility;
	}

	SourceStatus getEligibilityStatus() {
		return this.eligibilityStatus;
	}

	String getExamFacts() {
		return this.examFacts;
	}

	SourceStatus getExamStatus() {
		return this.examStatus;
	}

	String getRenewal() {
		return this.renewal;
	}

	SourceStatus getRenewalStatus() {
		return this.renewalStatus;
	}

	String getOfficialUrl() {
		return this.officialUrl;
	}

	String getSourceUrls() {
		return this.sourceUrls;
	}

	String getAsOf() {
		return this.asOf;
	}

}
