package org.careeradvisor.catalog;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The catalog's release number: one row, bumped by every change to catalog data.
 */
@Entity
@Table(name = "catalog_release")
class CatalogRelease {

	@Id
	private int id;

	@Column(name = "release")
	private int release;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	private String note;

	protected CatalogRelease() {
	}

	int getRelease() {
		return this.release;
	}

}
