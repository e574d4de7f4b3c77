package org.careeradvisor.questionnaire;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.careeradvisor.web.RetentionSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes unfinished questionnaires nobody has touched for a while, and submitted ones
 * once their hour of remembering the result is over. Runs every hour on one instance at a
 * time.
 */
@Component
class DraftRetention {

	private static final Logger logger = LoggerFactory.getLogger(DraftRetention.class);

	private final DraftRepository drafts;

	private final RetentionSettings settings;

	private final Clock clock;

	DraftRetention(DraftRepository drafts, RetentionSettings settings, Clock clock) {
		this.drafts = drafts;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${advisor.retention.cron:0 7 * * * *}")
	@SchedulerLock(name = "draft-retention", lockAtMostFor = "PT10M")
	@Transactional
	public void purge() {
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		int unfinished = this.drafts.deleteUnfinishedUntouchedBefore(now.minus(this.settings.unfinishedDrafts()));
		int submitted = this.drafts.deleteSubmittedBefore(now.minus(QuestionnaireService.SUBMITTED_KEPT));
		if (unfinished + submitted > 0) {
			logger.info("Deleted {} unfinished and {} submitted drafts", unfinished, submitted);
		}
	}

}
