package org.careeradvisor.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.careeradvisor.staff.StaffFixture;
import org.careeradvisor.staff.StaffRole;
import org.careeradvisor.support.Browser;
import org.careeradvisor.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator's catalog work in a real browser, with axe-core on every page: edit a
 * career (a draft), publish it as a release with notes, read its history; upload a
 * figures file with mistakes (line-numbered errors), then a good one, preview it and
 * publish it as the new edition, which the public pages then show.
 */
@DirtiesContext
class AdminBrowserTests extends BrowserTest {

	private static final String HEADER = "soc_code,median_pay_usd,employment,growth_pct,projection_period,as_of,"
			+ "source_url,status,status_note";

	@Autowired
	ApplicationContext context;

	@TempDir
	Path files;

	@Test
	void editPublishHistoryAndAFiguresImport() throws IOException {
		StaffFixture.account(this.context, "keeper", "Ms. Keeper", StaffRole.ADMIN);
		WebDriver driver = this.browser.driver();
		driver.get(url("/login"));
		fill("username", "keeper");
		fill("password", StaffFixture.PASSWORD);
		click(By.xpath("//button[text()='Sign in']"));

		click(By.cssSelector("nav.staff-nav a[href='/admin/catalog']"));
		checkPage("admin-catalog");
		click(By.cssSelector("main a[href='/admin/catalog/careers']"));
		checkPage("admin-careers");
		click(By.cssSelector("main a[href='/admin/catalog/careers/privacy-officer/edit']"));
		checkPage("admin-career-edit");
		fill("summary", "Leads the privacy programme: policies, training, complaints and breach reports.");
		WebElement title = driver.findElement(By.id("title"));
		String original = title.getAttribute("value");
		title.clear();
		click(By.xpath("//button[text()='Save the draft']"));
		assertThat(driver.getPageSource()).contains("Please give the career a title.");
		checkPage("admin-career-errors");
		fill("title", original);
		click(By.xpath("//button[text()='Save the draft']"));
		assertThat(driver.getPageSource()).contains("Saved as a draft.");

		driver.get(url("/admin/catalog"));
		click(By.linkText("Review and publish"));
		checkPage("admin-publish");
		fill("note", "Privacy officer summary rewritten");
		click(By.xpath("//button[text()='Publish the release']"));
		assertThat(driver.getPageSource()).contains("is published; the public pages show it now",
				"Privacy officer summary rewritten");
		driver.get(url("/careers/privacy-officer"));
		assertThat(driver.getPageSource()).contains("Leads the privacy programme");

		driver.get(url("/admin/catalog/careers/privacy-officer/history"));
		checkPage("admin-history");
		assertThat(driver.getPageSource()).contains("changed by Ms. Keeper (keeper)");

		driver.get(url("/admin/catalog/figures"));
		checkPage("admin-figures");
		fill("edition", "2025");
		driver.findElement(By.id("file"))
			.sendKeys(csv("bad.csv", HEADER, "29-2072,52 000,,,2025-35,2026-09-03,https://www.bls.gov/x,PRIMARY,")
				.toString());
		click(By.xpath("//button[text()='Check the file']"));
		assertThat(driver.getPageSource()).contains("The file was not imported", "Line 2:");
		checkPage("admin-figures-errors");

		fill("edition", "2025");
		driver.findElement(By.id("file"))
			.sendKeys(csv("good.csv", HEADER,
					"29-2072,52110,201000,6.9,2025-35,2026-09-03,https://www.bls.gov/ooh/test-only.htm,PRIMARY,Test")
				.toString());
		click(By.xpath("//button[text()='Check the file']"));
		assertThat(driver.getPageSource()).contains("Figures 2025: preview", "$52,110");
		checkPage("admin-figures-preview");
		click(By.linkText("Review and publish"));
		fill("note", "Figures 2025 (test)");
		click(By.xpath("//button[text()='Publish the release']"));
		driver.get(url("/careers/medical-coder"));
		assertThat(driver.getPageSource()).contains("52,110");

		driver.get(url("/admin/catalog/steps"));
		checkPage("admin-steps");
		driver.get(url("/admin/catalog/steps/new"));
		checkPage("admin-step-new");
		driver.get(url("/admin/catalog/steps/him-director--privacy-officer/edit"));
		checkPage("admin-step-edit");

		driver.get(url("/admin/catalog/programs"));
		checkPage("admin-programs");
		click(By.cssSelector("main a[href='/admin/catalog/programs/medical-coding-certificate/edit']"));
		checkPage("admin-program-edit");

		driver.get(url("/admin/catalog/certifications"));
		checkPage("admin-certifications");
		click(By.cssSelector("main a[href='/admin/catalog/certifications/chps/edit']"));
		checkPage("admin-certification-edit");

		driver.get(url("/admin/catalog/competencies"));
		checkPage("admin-competencies");
		click(By.cssSelector("main a[href='/admin/catalog/competencies/him-data-governance/edit']"));
		checkPage("admin-competency-edit");
		this.browser.resize(390, 844);
		checkPage("admin-competency-edit-phone");
		this.browser.resize(1280, 900);
	}

	private Path csv(String name, String... lines) throws IOException {
		return Files.writeString(this.files.resolve(name), String.join("\n", lines), StandardCharsets.UTF_8);
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

}
