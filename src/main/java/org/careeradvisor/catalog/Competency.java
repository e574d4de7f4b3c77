package org.careeradvisor.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
class Competency {

	@Id
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

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	CompetencyFramework getFramework() {
		return this.framework;
	}

	String getDomainCode() {
		return this.domainCode;
	}

	String getName() {
		return this.name;
	}

	String getDescription() {
		return this.description;
	}

	SourceStatus getNameStatus() {
		return this.nameStatus;
	}

	int getPosition() {
		return this.position;
	}

}
