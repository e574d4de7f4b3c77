package org.careeradvisor.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.careeradvisor.catalog.DisciplineCode;

@Entity
public class Discipline {

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

	public DisciplineCode getCode() {
		return this.code;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getFocus() {
		return this.focus;
	}

	public String getDailyWork() {
		return this.dailyWork;
	}

	public String getTypicalSettings() {
		return this.typicalSettings;
	}

	public int getPosition() {
		return this.position;
	}

}
