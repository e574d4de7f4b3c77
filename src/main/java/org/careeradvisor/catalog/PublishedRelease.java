package org.careeradvisor.catalog;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One published catalog release: its number, figures edition, date, publisher and notes.
 */
@Entity
@Table(name = "catalog_release_history")
class PublishedRelease {

	@Id
	private int release;

	@Column(name = "figure_edition")
	private int figureEdition;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "published_by")
	private String publishedBy;

	private String note;

	protected PublishedRelease() {
	}

	PublishedRelease(int release, int figureEdition, LocalDate publishedOn, String publishedBy, String note) {
		this.release = release;
		this.figureEdition = figureEdition;
		this.publishedOn = publishedOn;
		this.publishedBy = publishedBy;
		this.note = note;
	}

	int getRelease() {
		return this.release;
	}

	int getFigureEdition() {
		return this.figureEdition;
	}

	LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	String getPublishedBy() {
		return this.publishedBy;
	}

	String getNote() {
		return this.note;
	}

}
