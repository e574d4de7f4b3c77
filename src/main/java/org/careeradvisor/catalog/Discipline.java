package org.careeradvisor.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
class Discipline {

	@Id
	@Enumerated(EnumType.STRING)
	private DisciplineCode code;

	private String slug;

	private String name;

	private String summary;

	private String focus;

	@Column(name = "daily_work")
	private String dailyWork;

	@Column(name = "typical_settings")
	private String typicalSettings;

	private int position;

	protected Discipline() {
	}

	DisciplineCode getCode() {
		return this.code;
	}

	String getSlug() {
		return this.slug;
	}

	String getName() {
		return this.name;
	}

	String getSummary() {
		return this.summary;
	}

	String getFocus() {
		return this.focus;
	}

	String getDailyWork() {
		return this.dailyWork;
	}

	String getTypicalSettings() {
		return this.typicalSettings;
	}

	int getPosition() {
		return this.position;
	}

}
