package org.careeradvisor;

import java.time.Duration;

import org.careeradvisor.support.QuestionnaireDriver;
import org.careeradvisor.web.RetentionSettings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unfinished questionnaires untouched for 30 days are deleted, recent ones stay; results
 * are kept until their owner deletes them unless a retention period is set (here 400
 * days); each job takes its ShedLock lock, so that only one instance runs it.
 */
@SpringBootTest(properties = "advisor.retention.results=400d")
@AutoConfigureMockMvc
class RetentionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void oldUnfinishedDraftsAndOldResultsAreDeleted() throws Exception {
		QuestionnaireDriver driver = new QuestionnaireDriver(this.mvc);
		String old = driver.start("quick");
		String recent = driver.start("quick");
		String oldResult = driver.viewToken(driver.complete("quick", (code) -> 4));
		String newResult = driver.viewToken(driver.complete("quick", (code) -> 2));
		this.jdbc.update("update draft set updated_at = updated_at - interval '31' day where token = ?", old);
		this.jdbc.update("update result set created_at = created_at - interval '401' day where view_token = ?",
				oldResult);

		for (String job : new String[] { "draftRetention", "resultRetention" }) {
			Object bean = this.context.getBean(job);
			bean.getClass().getMethod("purge").invoke(bean);
		}

		assertThat(count("select count(*) from draft where token = '" + old + "'")).isZero();
		assertThat(count("select count(*) from draft where token = '" + recent + "'")).isOne();
		assertThat(count("select count(*) from result where view_token = '" + oldResult + "'")).isZero();
		assertThat(count("select count(*) from result where view_token = '" + newResult + "'")).isOne();
		assertThat(this.jdbc.queryForList("select name from shedlock", String.class)).contains("draft-retention",
				"result-retention");
	}

	@Test
	void resultsAreKeptForeverByDefaultAndThePrivacyPageSaysWhatIsKept() {
		assertThat(new RetentionSettings(Duration.ofDays(30), Duration.ZERO, Duration.ofDays(90)).keepsResultsForever())
			.isTrue();
		assertThat(this.mvc.get().uri("/privacy")).hasStatusOk()
			.bodyText()
			.contains("No names, no e-mail addresses", "deleted after 30 days without changes", "at most 400 days",
					"deleted 90 days after its last day", "Students never have one");
		assertThat(this.mvc.get().uri("/")).hasStatusOk().bodyText().contains("href=\"/privacy\"");
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

}
