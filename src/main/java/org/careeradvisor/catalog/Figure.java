package org.careeradvisor.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * Median pay and projected growth from one edition of the official figures. The edition
 * is the year of the May wage survey; the projection runs ten years from it.
 *
 * @param edition year of the wage survey, for example 2024
 * @param medianPayUsd median annual pay in US dollars, or {@code null} when not found
 * @param growthPct projected growth in percent over ten years, or {@code null} when not
 * found
 * @param status how far the figures were checked
 * @param statusNote what the status means for this row
 * @param sourceUrls where the figures come from
 * @param sourceNote the source when it has no address
 */
public record Figure(int edition, Integer medianPayUsd, BigDecimal growthPct, SourceStatus status, String statusNote,
		List<String> sourceUrls, String sourceNote) {

	public boolean hasPay() {
		return this.medianPayUsd != null;
	}

	public boolean hasGrowth() {
		return this.growthPct != null;
	}

	/**
	 * The ten-year period of the projection, written as BLS writes it (2024-34).
	 */
	public String growthPeriod() {
		return this.edition + "\u2013" + String.format("%02d", (this.edition + 10) % 100);
	}

}
