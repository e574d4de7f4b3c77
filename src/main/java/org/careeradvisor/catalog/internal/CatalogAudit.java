package org.careeradvisor.catalog.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One published change to one catalog item: who, when, in which release, and the values
 * before (none for a new item) and after, as JSON objects of field to text.
 */
@Entity
@Table(name = "catalog_audit")
public class CatalogAudit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int release;

	@Column(name = "item_kind")
	private String itemKind;

	@Column(name = "item_id")
	private long itemId;

	private String title;

	@Column(name = "changed_by")
	private String changedBy;

	@Column(name = "changed_at")
	private LocalDateTime changedAt;

	@Column(name = "before_values")
	private String beforeValues;

	@Column(name = "after_values")
	private String afterValues;

	protected CatalogAudit() {
	}

	public CatalogAudit(int release, String itemKind, long itemId, String title, String changedBy,
			LocalDateTime changedAt, String beforeValues, String afterValues) {
		this.release = release;
		this.itemKind = itemKind;
		this.itemId = itemId;
		this.title = title;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.beforeValues = beforeValues;
		this.afterValues = afterValues;
	}

	public int getRelease() {
		return this.release;
	}

	public String getTitle() {
		return this.title;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public LocalDateTime getChangedAt() {
		return this.changedAt;
	}

	public String getBeforeValues() {
		return this.beforeValues;
	}

	public String getAfterValues() {
		return this.afterValues;
	}

}
