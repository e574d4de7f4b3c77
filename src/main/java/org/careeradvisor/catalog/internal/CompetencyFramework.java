package org.careeradvisor.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "competency_framework")
public class CompetencyFramework {

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

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getSourceUrl() {
		return this.sourceUrl;
	}

	public String getAsOf() {
		return this.asOf;
	}

	public int getPosition() {
		return this.position;
	}

}
