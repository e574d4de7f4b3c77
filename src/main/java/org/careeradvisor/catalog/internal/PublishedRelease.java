package org.careeradvisor.catalog.internal;

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
public class PublishedRelease {

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

	public PublishedRelease(int release, int figureEdition, LocalDate publishedOn, String publishedBy, String note) {
		this.release = release;
		this.figureEdition = figureEdition;
		this.publishedOn = publishedOn;
		this.publishedBy = publishedBy;
		this.note = note;
	}

	public int getRelease() {
		return this.release;
	}

	public int getFigureEdition() {
		return this.figureEdition;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	public String getNote() {
		return this.note;
	}

}
