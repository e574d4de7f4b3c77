package org.careeradvisor.catalog.internal;

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
public class CatalogDraft {

	/** What a draft changes. */
	public enum Kind {

		CAREER, FIGURES, COMPETENCY, CERTIFICATION, PROGRAM, CAREER_STEP

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

	public CatalogDraft(String itemKey, Kind kind, Long itemId) {
		this.itemKey = itemKey;
		this.kind = kind;
		this.itemId = itemId;
	}

	public void save(String title, String payload, Integer baseVersion, String savedBy, LocalDateTime savedAt) {
		this.title = title;
		this.payload = payload;
		this.baseVersion = baseVersion;
		this.savedBy = savedBy;
		this.savedAt = savedAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getItemKey() {
		return this.itemKey;
	}

	public Kind getKind() {
		return this.kind;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPayload() {
		return this.payload;
	}

	public Integer getBaseVersion() {
		return this.baseVersion;
	}

	public String getSavedBy() {
		return this.savedBy;
	}

	public LocalDateTime getSavedAt() {
		return this.savedAt;
	}

	public int getVersion() {
		return this.version;
	}

}
