package org.careeradvisor.catalog;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An unpublished edit: one per item (a career, or one edition of figures), holding the
 * edited values as JSON until an administrator publishes or discards it.
 */
@Entity
@Table(name = "catalog_draft")
class CatalogDraft {

	/** What a draft changes. */
	enum Kind {

		CAREER, FIGURES

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "item_key")
	private String itemKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "item_kind")
	private Kind kind;

	/** The published item, or none for a new one. */
	@Column(name = "item_id")
	private Long itemId;

	private String title;

	private String payload;

	/** The published item's version the edit started from. */
	@Column(name = "base_version")
	private Integer baseVersion;

	@Column(name = "saved_by")
	private String savedBy;

	@Column(name = "saved_at")
	private LocalDateTime savedAt;

	@Version
	@Column(name = "row_version")
	private int version;

	protected CatalogDraft() {
	}

	CatalogDraft(String itemKey, Kind kind, Long itemId) {
		this.itemKey = itemKey;
		this.kind = kind;
		this.itemId = itemId;
	}

	void save(String title, String payload, Integer baseVersion, String savedBy, LocalDateTime savedAt) {
		this.title = title;
		this.payload = payload;
		this.baseVersion = baseVersion;
		this.savedBy = savedBy;
		this.savedAt = savedAt;
	}

	Long getId() {
		return this.id;
	}

	String getItemKey() {
		return this.itemKey;
	}

	Kind getKind() {
		return this.kind;
	}

	Long getItemId() {
		return this.itemId;
	}

	String getTitle() {
		return this.title;
	}

	String getPayload() {
		return this.payload;
	}

	Integer getBaseVersion() {
		return this.baseVersion;
	}

	String getSavedBy() {
		return this.savedBy;
	}

	LocalDateTime getSavedAt() {
		return this.savedAt;
	}

	int getVersion() {
		return this.version;
	}

}
