package org.careeradvisor.catalog.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.careeradvisor.catalog.Figure;
import org.careeradvisor.catalog.SourceStatus;

/**
 * Pay and growth for a career from one edition of the official figures, as stored; an
 * import also records employment, the projection period and the as-of date. Its source
 * addresses are rows of {@link OutlookSource}.
 */
@Embeddable
public record OutlookFigure(int edition, @Column(name = "median_pay_usd") Integer medianPayUsd,
		@Column(name = "growth_pct") BigDecimal growthPct, @Enumerated(EnumType.STRING) SourceStatus status,
		@Column(name = "status_note") String statusNote, @Column(name = "source_note") String sourceNote,
		Integer employment, @Column(name = "projection_period") String projectionPeriod,
		@Column(name = "as_of") LocalDate asOf) {

	/**
	 * The figures as pages show them, with their source addresses (rows of their own).
	 */
	public Figure toView(List<String> sources) {
		return new Figure(this.edition, this.medianPayUsd, this.growthPct, this.status, this.statusNote, sources,
				this.sourceNote);
	}

}
