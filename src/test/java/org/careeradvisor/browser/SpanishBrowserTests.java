package org.careeradvisor.browser;

import java.util.List;
import java.util.Properties;

import org.careeradvisor.support.Browser;
import org.careeradvisor.support.BrowserTest;
import org.careeradvisor.support.Bundles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey in Spanish in a real browser: catalog pages, the questionnaire, the
 * result and its shared link, which a counselor reading English opens with the same
 * scores and verdict. axe-core checks every page.
 */
class SpanishBrowserTests extends BrowserTest {

	@Test
	void theJourneyInSpanishAndTheSharedLinkInEnglish() {
		Properties es = Bundles.spanish();
		WebDriver driver = this.browser.driver();
		driver.get(url("/?lang=es"));
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(es.getProperty("home.heading"));
		check("es-home");
		for (String page : List.of("/compare", "/careers", "/careers/health-information-technologist",
				"/certifications", "/certifications/rhia", "/programs", "/competencies", "/search?q=codificaci%C3%B3n",
				"/privacy")) {
			driver.get(url(page));
			assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo("es");
			check("es" + page.replaceAll("[/?=%]+", "-"));
		}
		// The switch keeps the reader on the same page.
		driver.get(url("/careers/medical-coder"));
		this.browser.navigate(() -> driver.findElement(By.cssSelector("nav.language-switch a[hreflang='en']")).click());
		assertThat(driver.getCurrentUrl()).contains("/careers/medical-coder");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		driver.get(url("/questionnaire?lang=es"));

		check("es-questionnaire-intro");
		click(By.xpath("//button[normalize-space()='" + es.getProperty("questionnaire.start.quick") + "']"));
		int pages = 0;
		while (driver.findElements(By.cssSelector("fieldset.question")).size() > 0) {
			List<WebElement> questions = driver.findElements(By.cssSelector("fieldset.question"));
			for (int i = 0; i < questions.size(); i++) {
				questions.get(i).findElements(By.cssSelector("label.choice")).get((i % 2 == 0) ? 4 : 1).click();
			}
			check("es-questionnaire-page-" + (++pages));
			click(By.xpath("//button[normalize-space()='" + es.getProperty("questionnaire.next") + "']"));
		}
		check("es-questionnaire-about");
		new Select(driver.findElement(By.id("educationDone"))).selectByValue("associate");
		new Select(driver.findElement(By.id("educationPlanned"))).selectByValue("bachelor");
		driver.findElement(By.cssSelector("input[name='licence'][value='none']")).click();
		click(By.xpath("//button[normalize-space()='" + es.getProperty("about.submit") + "']"));

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(es.getProperty("manage.heading"));
		check("es-result-manage");
		String shareLink = driver.findElement(By.id("share-link")).getAttribute("value");
		String verdict = driver.findElement(By.id("verdict-heading")).getText();
		String scores = driver.findElement(By.id("bars-desc")).getAttribute("textContent");
		driver.get(shareLink);
		check("es-result-shared");

		try (Browser counselor = Browser.start()) {
			counselor.driver().get(shareLink);
			assertThat(counselor.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
			assertThat(counselor.driver().findElement(By.tagName("h1")).getText())
				.isEqualTo("HI or HIM: a questionnaire result");
			String englishVerdict = counselor.driver().findElement(By.id("verdict-heading")).getText();
			assertThat(englishVerdict).isNotEqualTo(verdict).isNotBlank();
			assertThat(numbers(counselor.driver().findElement(By.id("bars-desc")).getAttribute("textContent")))
				.isEqualTo(numbers(scores));
			counselor.screenshot("es-result-opened-in-english");
			assertThat(counselor.accessibilityViolations()).isEmpty();
		}
	}

	/** Spanish runs longer than English: no page may scroll sideways on a small phone. */
	@Test
	void spanishPagesFitASmallPhone() {
		WebDriver driver = this.browser.driver();
		driver.get(url("/?lang=es"));
		this.browser.resize(320, 800);
		try {
			for (String page : List.of("/", "/compare", "/careers", "/careers/clinical-data-manager", "/certifications",
					"/certifications/ahic", "/programs", "/competencies", "/questionnaire", "/privacy")) {
				driver.get(url(page));
				Object overflow = ((JavascriptExecutor) driver)
					.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
				assertThat(((Number) overflow).intValue()).as(page + " scrolls sideways by").isLessThanOrEqualTo(0);
			}
			this.browser.screenshot("es-phone-careers");
		}
		finally {
			this.browser.resize(1280, 900);
		}
	}

	private void click(By button) {
		this.browser.navigate(() -> this.browser.driver().findElement(button).click());
	}

	private void check(String name) {
		this.browser.screenshot(name);
		assertThat(this.browser.accessibilityViolations()).as(name).isEmpty();
	}

	private static List<String> numbers(String text) {
		return java.util.regex.Pattern.compile("\\d+").matcher(text).results().map((m) -> m.group()).toList();
	}

}
