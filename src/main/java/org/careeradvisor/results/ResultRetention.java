package org.careeradvisor.results;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.careeradvisor.web.PageCache;
import org.careeradvisor.web.RetentionSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Results are kept until their owner deletes them; only when
 * {@code advisor.retention.results} sets a period are older ones deleted, every hour, on
 * one instance at a time.
 */
@Component
class ResultRetention {

	private static final Logger logger = LoggerFactory.getLogger(ResultRetention.class);

	private final ResultRepository results;

	private final RetentionSettings settings;

	private final Clock clock;

	private final PageCache pageCache;

	ResultRetention(ResultRepository results, RetentionSettings settings, Clock clock, PageCache pageCache) {
		this.results = results;
		this.settings = settings;
		this.clock = clock;
		this.pageCache = pageCache;
	}

	@Scheduled(cron = "${advisor.retention.cron:0 7 * * * *}")
	@SchedulerLock(name = "result-retention", lockAtMostFor = "PT10M")
	@Transactional
	public void purge() {
		if (this.settings.keepsResultsForever()) {
			return;
		}
		LocalDateTime before = LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC)
			.minus(this.settings.results());
		int deleted = this.results.deleteCreatedBefore(before);
		if (deleted > 0) {
			// Rare, so forgetting every cached page is simpler than finding the deleted
			// ones.
			this.pageCache.evictAll();
			logger.info("Deleted {} results older than the retention period", deleted);
		}
	}

}
