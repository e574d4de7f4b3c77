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

	protected Competency() {
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
