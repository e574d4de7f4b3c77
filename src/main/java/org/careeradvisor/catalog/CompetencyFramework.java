package org.careeradvisor.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "competency_framework")
class CompetencyFramework {

	@Id
	private String code;

	private String name;

	private String publisher;

	private String summary;

	@Column(name = "source_url")
	private String sourceUrl;

	@Column(name = "as_of")
	private String asOf;

	private int position;

	protected CompetencyFramework() {
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	String getPublisher() {
		return this.publisher;
	}

	String getSummary() {
		return this.summary;
	}

	String getSourceUrl() {
		return this.sourceUrl;
	}

	String getAsOf() {
		return this.asOf;
	}

	int getPosition() {
		return this.position;
	}

}
