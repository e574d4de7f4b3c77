package org.careeradvisor.browser;

import java.util.List;

import org.careeradvisor.support.Browser;
import org.careeradvisor.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog in a real headless Chromium: every page kind renders, passes axe-core's
 * WCAG 2.1 A and AA rules, and links from lists reach detail pages.
 */
class CatalogBrowserTests extends BrowserTest {

	private static final List<String[]> PAGES = List.of(new String[] { "home", "/" },
			new String[] { "compare", "/compare" }, new String[] { "careers", "/careers" },
			new String[] { "careers-filtered", "/careers?discipline=him&sort=pay" },
			new String[] { "career-medical-coder", "/careers/medical-coder" },
			new String[] { "career-cancer-registrar", "/careers/cancer-registrar" },
			new String[] { "certifications", "/certifications" },
			new String[] { "certification-chps", "/certifications/chps" }, new String[] { "programs", "/programs" },
			new String[] { "program-him-bachelor", "/programs/him-bachelor" },
			new String[] { "competencies", "/competencies" }, new String[] { "search", "/search?q=coding" },
			new String[] { "search-too-long", "/search?q=" + "x".repeat(120) }, new String[] { "privacy", "/privacy" },
			new String[] { "not-found", "/careers/astronaut" });

	@Test
	void everyPageKindRendersWithoutAccessibilityViolations() {
		for (String[] page : PAGES) {
			open(page[1]);
			assertThat(driver().getTitle()).as(page[1]).endsWith("HI or HIM? Career Advisor");
			assertThat(driver().findElements(By.tagName("h1"))).as(page[1]).hasSize(1);
			this.browser.screenshot(page[0]);
			assertThat(this.browser.accessibilityViolations()).as(page[1]).isEmpty();
		}
	}

	@Test
	void accessibilityCheckReportsViolations() {
		driver().get("data:text/html,<html><body><img src='x.png'><input type='text'></body></html>");
		assertThat(this.browser.accessibilityViolations()).anyMatch((v) -> v.startsWith("image-alt"))
			.anyMatch((v) -> v.startsWith("label"));
	}

	@Test
	void pagesWorkOnAPhoneSizedScreen() {
		this.browser.resize(390, 844);
		try {
			for (String[] page : PAGES.subList(0, 5)) {
				open(page[1]);
				this.browser.screenshot("phone-" + page[0]);
				assertThat(this.browser.accessibilityViolations()).as(page[1]).isEmpty();
			}
		}
		finally {
			this.browser.resize(1280, 900);
		}
	}

	@Test
	void noPageScrollsSidewaysAtThreeHundredTwentyPixels() {
		this.browser.resize(320, 800);
		try {
			for (String[] page : PAGES) {
				open(page[1]);
				Object overflow = ((JavascriptExecutor) driver())
					.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
				assertThat(((Number) overflow).intValue()).as(page[1] + " scrolls sideways by").isLessThanOrEqualTo(0);
			}
		}
		finally {
			this.browser.resize(1280, 900);
		}
	}

	@Test
	void theComparisonShowsHiAndHimTogetherOnAPhone() {
		this.browser.resize(390, 844);
		try {
			open("/compare");
			List<WebElement> cells = driver().findElements(By.cssSelector(".compare tbody tr:first-child td"));
			assertThat(cells).hasSize(2);
			for (WebElement cell : cells) {
				Object right = ((JavascriptExecutor) driver())
					.executeScript("return arguments[0].getBoundingClientRect().right - window.innerWidth;", cell);
				assertThat(((Number) right).intValue()).as("a column of the comparison is off screen")
					.isLessThanOrEqualTo(0);
				assertThat(cell.isDisplayed()).isTrue();
			}
			this.browser.screenshot("phone-compare-reflowed");
		}
		finally {
			this.browser.resize(1280, 900);
		}
	}

	@Test
	void followsLinksFromListsToDetailPages() {
		open("/careers");
		click(By.linkText("Medical Coder"));
		assertThat(heading()).isEqualTo("Medical Coder");
		click(By.linkText("CDIP"));
		assertThat(heading()).startsWith("CDIP");

		open("/certifications");
		click(By.linkText("RHIA"));
		assertThat(heading()).startsWith("RHIA");

		open("/programs");
		click(By.linkText("Master's degree in health informatics"));
		assertThat(heading()).isEqualTo("Master's degree in health informatics");
		click(By.linkText("Clinical / Nurse Informaticist"));
		assertThat(heading()).isEqualTo("Clinical / Nurse Informaticist");
	}

	@Test
	void filtersCareersWithTheForm() {
		open("/careers");
		new Select(driver().findElement(By.id("discipline"))).selectByValue("hi");
		new Select(driver().findElement(By.id("sort"))).selectByValue("pay");
		click(By.cssSelector(".filters button[type=submit]"));
		assertThat(driver().getCurrentUrl()).contains("discipline=hi").contains("sort=pay");
		List<WebElement> rows = driver().findElements(By.cssSelector("table.data tbody tr th a"));
		assertThat(rows.get(0).getText()).startsWith("Chief Medical Information Officer");
		assertThat(rows).extracting(WebElement::getText).doesNotContain("Medical Coder");
	}

	@Test
	void searchesFromTheHeaderWithTheKeyboard() {
		open("/");
		WebElement body = driver().findElement(By.tagName("body"));
		body.sendKeys(Keys.TAB);
		WebElement skip = driver().switchTo().activeElement();
		assertThat(skip.getText()).isEqualTo("Skip to main content");
		WebElement search = driver().findElement(By.id("site-search-q"));
		this.browser.navigate(() -> search.sendKeys("registrar", Keys.ENTER));
		assertThat(heading()).isEqualTo("Search the catalog");
		click(By.linkText("Cancer (Tumor) Registrar"));
		assertThat(heading()).isEqualTo("Cancer (Tumor) Registrar");
	}

	private void open(String path) {
		driver().get(url(path));
	}

	private void click(By link) {
		this.browser.navigate(() -> driver().findElement(link).click());
	}

	private String heading() {
		return driver().findElement(By.tagName("h1")).getText();
	}

	private WebDriver driver() {
		return this.browser.driver();
	}

}
