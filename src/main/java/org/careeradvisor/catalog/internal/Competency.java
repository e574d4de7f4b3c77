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
import jakarta.persistence.Version;
import org.careeradvisor.catalog.CompetencyForm;
import org.careeradvisor.catalog.SourceStatus;

@Entity
public class Competency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "framework_code")
	private CompetencyFramework framework;

	@Column(name = "domain_code")
	private String domainCode;

	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "name_status")
	private SourceStatus nameStatus;

	private int position;

	@Version
	@Column(name = "row_version")
	private int version;

	/** A retired competency leaves the competency page and search; links to it stay. */
	private boolean retired;

	protected Competency() {
	}

	/** A new competency, last in its framework; its slug never changes. */
	public Competency(String slug, CompetencyFramework framework, int position) {
		this.slug = slug;
		this.framework = framework;
		this.position = position;
	}

	/**
	 * Takes the edited values (a published draft); the framework is looked up by the
	 * caller.
	 */
	public void apply(CompetencyForm form, CompetencyFramework framework) {
		this.name = form.name().strip();
		this.description = form.description().strip();
		this.domainCode = form.domainCode().strip();
		this.framework = framework;
		this.nameStatus = form.nameStatus();
		this.retired = form.isRetired();
	}

	public CompetencyForm toForm() {
		return new CompetencyForm(this.name, this.description, this.domainCode, this.framework.getCode(),
				this.nameStatus, this.retired, this.version, null, Map.of());
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

	public CompetencyFramework getFramework() {
		return this.framework;
	}

	public String getDomainCode() {
		return this.domainCode;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public SourceStatus getNameStatus() {
		return this.nameStatus;
	}

	public int getPosition() {
		return this.position;
	}

}
