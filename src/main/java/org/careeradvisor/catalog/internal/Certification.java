package org.careeradvisor.catalog.internal;

import java.util.ArrayList;
import java.util.List;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.careeradvisor.catalog.Affinity;
import org.careeradvisor.catalog.CareerForm;
import org.careeradvisor.catalog.CertificationForm;
import org.careeradvisor.catalog.SourceStatus;
import org.hibernate.annotations.ListIndexBase;

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

	/** Where the facts come from, in order: one address per row. */
	@ElementCollection
	@CollectionTable(name = "certification_source", joinColumns = @JoinColumn(name = "certification_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "url")
	private final List<String> sources = new ArrayList<>();

	@Column(name = "as_of")
	private String asOf;

	@Version
	@Column(name = "row_version")
	private int version;

	/**
	 * A retired certification leaves lists and recommendations; its page stays for links.
	 */
	private boolean retired;

	protected Certification() {
	}

	/** A new certification; its slug never changes. */
	public Certification(String slug) {
		this.slug = slug;
	}

	/**
	 * Takes the edited values of the certification itself (its routes are rows of their
	 * own).
	 */
	public void apply(CertificationForm form) {
		this.acronym = form.acronym().strip();
		this.fullName = form.fullName().strip();
		this.issuingBody = form.issuingBody().strip();
		this.discipline = form.discipline();
		this.summary = form.summary().strip();
		this.eligibility = form.eligibility().strip();
		this.eligibilityStatus = form.eligibilityStatus();
		this.examFacts = form.examFacts().strip();
		this.examStatus = form.examStatus();
		this.renewal = form.renewal().strip();
		this.renewalStatus = form.renewalStatus();
		this.officialUrl = form.officialUrl().strip();
		this.sources.clear();
		this.sources.addAll(CareerForm.lines(form.sourceUrls()));
		this.asOf = form.asOf().strip();
		this.retired = form.isRetired();
	}

	/** The current values as an edit form starts with them, given the routes as forms. */
	public CertificationForm toForm(List<CertificationForm.RouteForm> routes) {
		return new CertificationForm(this.acronym, this.fullName, this.issuingBody, this.discipline, this.summary,
				this.eligibility, this.eligibilityStatus, this.examFacts, this.examStatus, this.renewal,
				this.renewalStatus, this.officialUrl, String.join("\n", this.sources), this.asOf, routes, this.retired,
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

	public List<String> getSources() {
		return List.copyOf(this.sources);
	}

	public String getAsOf() {
		return this.asOf;
	}

}
