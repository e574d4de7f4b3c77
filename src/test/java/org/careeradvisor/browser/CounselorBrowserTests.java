package org.careeradvisor.browser;

import java.util.List;

import org.careeradvisor.staff.StaffFixture;
import org.careeradvisor.support.Browser;
import org.careeradvisor.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counselor's whole journey in a real browser, with axe-core on every page: the setup
 * link makes the first administrator, who invites a counselor; the counselor signs in,
 * creates a group; three students join it with its link (one with a nickname, one
 * without, one who declines) and submit; the dashboard shows them, takes a private note,
 * hides the small counts, and serves the CSV. Staff sessions live in the database.
 */
@DirtiesContext
class CounselorBrowserTests extends BrowserTest {

	private static final String ADMIN_PASSWORD = "lighthouse pebble winter tango";

	private static final String COUNSELOR_PASSWORD = "saffron kayak hums gently";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void setupInvitationGroupStudentsDashboardNoteAggregatesAndCsv() {
		WebDriver driver = this.browser.driver();
		String token = StaffFixture.setupToken(this.context).orElseThrow();

		driver.get(url("/setup/" + token));
		checkPage("staff-setup");
		fill("username", "principal");
		fill("displayName", "Dr. Okafor");
		fill("password", ADMIN_PASSWORD);
		fill("confirmation", ADMIN_PASSWORD);
		click(By.cssSelector("form.staff-form button[type=submit]"));
		assertThat(driver.getCurrentUrl()).endsWith("/login?created");
		checkPage("staff-login");
		signIn("principal", ADMIN_PASSWORD);
		assertThat(heading()).isEqualTo("Your groups");

		driver.get(url("/admin/staff"));
		checkPage("admin-staff");
		fill("note", "For Ms. Rivera");
		click(By.xpath("//button[text()='Create the invitation link']"));
		checkPage("admin-invited");
		String invitation = driver.findElement(By.id("invitation-link")).getAttribute("value");
		click(By.xpath("//button[text()='Sign out']"));
		assertThat(driver.getCurrentUrl()).endsWith("/login?signedOut");

		driver.get(invitation);
		checkPage("staff-invitation");
		fill("username", "rivera");
		fill("displayName", "Ms. Rivera");
		fill("password", COUNSELOR_PASSWORD);
		fill("confirmation", COUNSELOR_PASSWORD);
		click(By.cssSelector("form.staff-form button[type=submit]"));
		signIn("rivera", COUNSELOR_PASSWORD);
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = 'rivera'",
				Long.class))
			.as("the session is in the database")
			.isOne();
		checkPage("counselor-home");
		driver.findElement(By.id("name")).sendKeys("Period 3");
		click(By.xpath("//button[text()='Create the group']"));
		assertThat(heading()).isEqualTo("Period 3");
		checkPage("counselor-group-empty");
		String dashboard = driver.getCurrentUrl().replaceAll("\\?.*", "");
		String joinLink = driver.findElement(By.id("join-link")).getAttribute("value");

		// Three students in browsers of their own.
		String[] nicknames = { "AB", "", null };
		for (int i = 0; i < nicknames.length; i++) {
			try (Browser student = Browser.start()) {
				takeQuestionnaire(student, joinLink, nicknames[i], i);
			}
		}

		driver.get(dashboard);
		assertThat(driver.findElement(By.id("results-heading")).getText()).isEqualTo("Results (2)");
		String page = driver.getPageSource();
		assertThat(page).contains("AB", "(no nickname given)",
				"These figures appear once the group holds at least 10 results");
		WebElement note = driver.findElement(By.cssSelector("form.note-form textarea"));
		note.sendKeys("Ask about the RHIA route");
		click(By.xpath("//button[text()='Save note']"));
		assertThat(driver.getPageSource()).contains("Ask about the RHIA route", "Your note is saved.");
		checkPage("counselor-group");
		this.browser.resize(390, 844);
		checkPage("counselor-group-phone");
		Object overflow = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
		Object wide = ((JavascriptExecutor) driver).executeScript(
				"return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 15).join(' | ')");
		assertThat(overflow).as("no sideways scrolling on a phone: " + wide).isEqualTo(false);
		this.browser.resize(1280, 900);

		String csv = (String) ((JavascriptExecutor) driver).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
				dashboard + "/results.csv");
		assertThat(csv.lines().toList()).hasSize(3);
		assertThat(csv).contains("Ask about the RHIA route", "AB");
		String aggregates = (String) ((JavascriptExecutor) driver).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
				dashboard + "/aggregates.csv");
		assertThat(aggregates).contains("fewer than 10");
	}

	/**
	 * A student joins through the link, answers the quick form and submits, sharing with
	 * the group under a nickname (or none), or declining ({@code null}).
	 */
	private void takeQuestionnaire(Browser student, String joinLink, String nickname, int seed) {
		WebDriver driver = student.driver();
		driver.get(joinLink);
		assertThat(driver.getPageSource()).contains("Ms. Rivera will see the result you make here");
		if (seed == 0) {
			checkPage(student, "join-intro");
		}
		student.navigate(() -> driver.findElement(By.xpath("//button[text()='Start the quick form']")).click());
		while (driver.findElement(By.tagName("h1")).getText().startsWith("Questionnaire, page")) {
			List<WebElement> questions = driver.findElements(By.cssSelector("fieldset.question"));
			for (int i = 0; i < questions.size(); i++) {
				List<WebElement> choices = questions.get(i).findElements(By.cssSelector("input[type=radio]"));
				WebElement choice = choices.get((i + seed) % choices.size());
				((JavascriptExecutor) driver).executeScript("arguments[0].click()", choice);
			}
			student.navigate(() -> driver.findElement(By.xpath("//button[text()='Next']")).click());
		}
		new Select(driver.findElement(By.id("educationDone"))).selectByValue("high_school");
		new Select(driver.findElement(By.id("educationPlanned"))).selectByValue("bachelor");
		((JavascriptExecutor) driver).executeScript("arguments[0].click()",
				driver.findElement(By.cssSelector("input[name=licence][value=none]")));
		assertThat(driver.getPageSource()).contains("Share my result with Ms. Rivera");
		if (seed == 0) {
			checkPage(student, "join-about");
		}
		if (nickname == null) {
			((JavascriptExecutor) driver).executeScript("arguments[0].click()",
					driver.findElement(By.cssSelector("input[name=groupShare]")));
		}
		else {
			driver.findElement(By.id("groupNickname")).sendKeys(nickname);
		}
		student.navigate(() -> driver.findElement(By.xpath("//button[text()='See my result']")).click());
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your result");
		if (nickname != null) {
			assertThat(driver.getPageSource()).contains("Who else sees this result");
			if (seed == 0) {
				checkPage(student, "result-manage-in-group");
			}
		}
	}

	private void signIn(String username, String password) {
		this.browser.driver().get(url("/login"));
		fill("username", username);
		fill("password", password);
		click(By.xpath("//button[text()='Sign in']"));
	}

	private void fill(String id, String text) {
		WebElement field = this.browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void click(By target) {
		this.browser.navigate(() -> this.browser.driver().findElement(target).click());
	}

	private void checkPage(String name) {
		checkPage(this.browser, name);
	}

	private static void checkPage(Browser browser, String name) {
		browser.screenshot(name);
		assertThat(browser.accessibilityViolations()).as(name).isEmpty();
	}

	private String heading() {
		return this.browser.driver().findElement(By.tagName("h1")).getText();
	}

}
