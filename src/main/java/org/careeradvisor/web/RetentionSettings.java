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
 * @param endedGroups a counselor group, with its membership links and notes, is deleted
 * this long after its last day (the results stay with their owners)
 */
@ConfigurationProperties("advisor.retention")
public record RetentionSettings(@DefaultValue("30d") Duration unfinishedDrafts, @DefaultValue("0s") Duration results,
		@DefaultValue("90d") Duration endedGroups) {

	public boolean keepsResultsForever() {
		return this.results.isZero() || this.results.isNegative();
	}

}
