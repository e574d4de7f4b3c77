package org.careeradvisor.counselor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes groups whose end date lies further back than the retention period, with their
 * membership links and notes; the results stay with their owners. Runs every hour on one
 * instance at a time.
 */
@Component
class GroupRetention {

	private static final Logger logger = LoggerFactory.getLogger(GroupRetention.class);

	private final GroupService groups;

	GroupRetention(GroupService groups) {
		this.groups = groups;
	}

	@Scheduled(cron = "${advisor.retention.cron:0 7 * * * *}")
	@SchedulerLock(name = "group-retention", lockAtMostFor = "PT10M")
	public void purge() {
		int deleted = this.groups.purgeEnded();
		if (deleted > 0) {
			logger.info("Deleted {} ended groups with their links and notes", deleted);
		}
	}

}
