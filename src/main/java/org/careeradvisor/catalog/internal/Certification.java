package org.careeradvisor.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.careeradvisor.catalog.Affinity;
import org.careeradvisor.catalog.SourceStatus;

@Entity
public class Certification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
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

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getAcronym() {
		return this.acronym;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getIssuingBody() {
		return this.issuingBody;
	}

	public Affinity getDiscipline() {
		return this.discipline;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getEligibility() {
		return this.eligibility;
	}

	public SourceStatus getEligibilityStatus() {
		return this.eligibilityStatus;
	}

	public String getExamFacts() {
		return this.examFacts;
	}

	public SourceStatus getExamStatus() {
		return this.examStatus;
	}

	public String getRenewal() {
		return this.renewal;
	}

	public SourceStatus getRenewalStatus() {
		return this.renewalStatus;
	}

	public String getOfficialUrl() {
		return this.officialUrl;
	}

	public String getSourceUrls() {
		return this.sourceUrls;
	}

	public String getAsOf() {
		return this.asOf;
	}

}
