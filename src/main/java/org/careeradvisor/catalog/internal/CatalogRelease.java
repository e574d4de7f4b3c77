package org.careeradvisor.catalog.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The catalog's current release: one row, moved by every change to catalog data (a
 * migration or a published release); the edition of the figures that lists show.
 */
@Entity
@Table(name = "catalog_release")
public class CatalogRelease {

	@Id
	private int id;

	@Column(name = "release")
	private int release;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	private String note;

	@Column(name = "figure_edition")
	private int figureEdition;

	protected CatalogRelease() {
	}

	public int getRelease() {
		return this.release;
	}

	public int getFigureEdition() {
		return this.figureEdition;
	}

	/** Moves the pointer to a newly published release. */
	public void publish(int release, int figureEdition, java.time.LocalDate on, String note) {
		this.release = release;
		this.figureEdition = figureEdition;
		this.publishedOn = on;
		this.note = note;
	}

}
