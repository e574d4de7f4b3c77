package org.careeradvisor.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long what people leave behind is kept.
 *
 * @param unfinishedDrafts an unfinished questionnaire untouched this long is deleted
 * @param results a stored result is deleted this long after it was made; zero (the
 * default) keeps results until their owner deletes them
 */
@ConfigurationProperties("advisor.retention")
public record RetentionSettings(@DefaultValue("30d") Duration unfinishedDrafts, @DefaultValue("0s") Duration results) {

	public boolean keepsResultsForever() {
		return this.results.isZero() || this.results.isNegative();
	}

}
