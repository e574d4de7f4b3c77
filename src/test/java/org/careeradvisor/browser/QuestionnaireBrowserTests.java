package org.careeradvisor.browser;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import org.careeradvisor.support.Browser;
import org.careeradvisor.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The student's journey in a real browser: keyboard only through the questionnaire, then
 * the shared link opened in a fresh browser as a counselor would, and the same journey
 * with JavaScript switched off. axe-core checks every questionnaire and result page.
 */
class QuestionnaireBrowserTests extends BrowserTest {

	@Test
	void keyboardOnlyJourneyAndTheSharedLinkInAFreshBrowser() {
		WebDriver driver = this.browser.driver();
		driver.get(url("/questionnaire"));
		checkPage("questionnaire-intro");
		tabTo((element) -> "Start the quick form".equals(element.getText()));
		pressEnterAndWait();

		for (int page = 1; heading().startsWith("Questionnaire, page"); page++) {
			checkPage("questionnaire-page-" + page);
			answerPageWithKeyboard(page);
		}

		assertThat(heading()).startsWith("About you");
		checkPage("questionnaire-about");
		tabTo((element) -> "educationDone".equals(element.getAttribute("id")));
		press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
		press(Keys.TAB);
		press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
		tabTo((element) -> "yearsCoding".equals(element.getAttribute("id")));
		press("2");
		tabTo((element) -> "licence".equals(element.getAttribute("name")));
		press(Keys.SPACE, Keys.ARROW_RIGHT);
		tabTo((element) -> "See my result".equals(element.getText()));
		pressEnterAndWait();

		assertThat(heading()).isEqualTo("Your result");
		assertThat(driver.findElement(By.id("verdict-heading")).getText()).isNotBlank();
		assertThat(driver.findElement(By.cssSelector("button[data-copy='share-link']")).isDisplayed()).isTrue();
		checkPage("result-manage");
		String shareLink = driver.findElement(By.id("share-link")).getAttribute("value");
		String verdict = driver.findElement(By.id("verdict-heading")).getText();
		assertThat(shareLink).matches("http://localhost:\\d+/results/[A-Za-z0-9_-]{24}");

		try (Browser counselor = Browser.start()) {
			counselor.driver().get(shareLink);
			assertThat(counselor.driver().findElement(By.tagName("h1")).getText())
				.isEqualTo("HI or HIM: a questionnaire result");
			assertThat(counselor.driver().findElement(By.id("verdict-heading")).getText()).isEqualTo(verdict);
			assertThat(counselor.driver().findElements(By.cssSelector("form[action*='/delete']"))).isEmpty();
			counselor.screenshot("result-shared");
			assertThat(counselor.accessibilityViolations()).isEmpty();
			assertThat(printedPages(counselor.driver())).as("printed pages").isBetween(1, 2);

			driver.findElement(By.xpath("//a[normalize-space()='Delete my result']")).click();
			new WebDriverWait(driver, Duration.ofSeconds(15))
				.until(ExpectedConditions.textToBe(By.tagName("h1"), "Delete your result?"));
			checkPage("result-confirm-delete");
			driver.findElement(By.xpath("//button[normalize-space()='Yes, delete it for good']")).click();
			new WebDriverWait(driver, Duration.ofSeconds(15))
				.until(ExpectedConditions.textToBe(By.tagName("h1"), "Your result was deleted"));
			checkPage("result-deleted");
			counselor.driver().navigate().refresh();
			assertThat(counselor.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		}
	}

	/**
	 * Prints the current page as Chromium would to paper and counts the pages of the PDF.
	 */
	private static int printedPages(WebDriver driver) {
		Pdf pdf = ((PrintsPage) driver).print(new PrintOptions());
		String content = new String(Base64.getDecoder().decode(pdf.getContent()), StandardCharsets.ISO_8859_1);
		return (int) Pattern.compile("/Type\\s*/Page[^s]").matcher(content).results().count();
	}

	@Test
	void errorStatesAreAccessibleToo() {
		WebDriver driver = this.browser.driver();
		driver.get(url("/questionnaire"));
		submitWith(this.browser, By.xpath("//button[normalize-space()='Start the standard form']"));
		removeRequired();
		submitWith(this.browser, By.xpath("//button[normalize-space()='Next']"));
		assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
			.contains("10 questions on this page have no answer yet");
		checkPage("questionnaire-missing-answers");
		submitWith(this.browser, By.xpath("//button[normalize-space()='Save and finish later']"));
		assertThat(driver.findElement(By.id("resume-link")).getAttribute("value")).contains("/questionnaire/");
		checkPage("questionnaire-saved");
		driver.navigate().back();
		String about = driver.getCurrentUrl().replaceAll("/\\d+$", "/about");
		driver.get(about);
		removeRequired();
		submitWith(this.browser, By.xpath("//button[normalize-space()='See my result']"));
		assertThat(driver.findElement(By.cssSelector(".error-summary")).getText()).contains("Please correct");
		checkPage("questionnaire-about-errors");
	}

	@Test
	void theSameJourneyWorksWithJavaScriptSwitchedOff() {
		try (Browser noScript = Browser.startWithoutJavaScript()) {
			WebDriver driver = noScript.driver();
			driver.get(url("/questionnaire"));
			submitWith(noScript, By.xpath("//button[normalize-space()='Start the standard form']"));
			int pages = 0;
			while (driver.findElement(By.tagName("h1")).getText().startsWith("Questionnaire, page")) {
				List<WebElement> questions = driver.findElements(By.cssSelector("fieldset.question"));
				for (int i = 0; i < questions.size(); i++) {
					List<WebElement> choices = questions.get(i).findElements(By.cssSelector("label.choice"));
					choices.get((i % 2 == 0) ? 4 : 1).click();
				}
				noScript.screenshot("nojs-questionnaire-page-" + (++pages));
				submitWith(noScript, By.xpath("//button[normalize-space()='Next']"));
			}
			assertThat(pages).isEqualTo(3);
			new Select(driver.findElement(By.id("educationDone"))).selectByValue("associate");
			new Select(driver.findElement(By.id("educationPlanned"))).selectByValue("master");
			driver.findElement(By.id("yearsInformatics")).sendKeys("3");
			driver.findElement(By.cssSelector("input[name='licence'][value='rn']")).click();
			submitWith(noScript, By.xpath("//button[normalize-space()='See my result']"));
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your result");
			assertThat(driver.findElement(By.cssSelector("button[data-copy='share-link']")).isDisplayed())
				.as("the copy button is an enhancement")
				.isFalse();
			// axe-core needs JavaScript; the same pages are checked with it in the
			// keyboard journey.
			noScript.screenshot("nojs-result-manage");
			String shareLink = driver.findElement(By.id("share-link")).getAttribute("value");
			driver.get(shareLink);
			assertThat(driver.findElement(By.id("verdict-heading")).getText()).isNotBlank();
			noScript.screenshot("nojs-result-shared");
			driver.get(shareLink.replace("/results/", "/results/manage/"));
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		}
	}

	private static void submitWith(Browser browser, By button) {
		browser.navigate(() -> browser.driver().findElement(button).click());
	}

	/**
	 * Tabs to each question's radio group, selects an answer with the space bar and arrow
	 * keys, then moves on with the Next button.
	 */
	private void answerPageWithKeyboard(int page) {
		WebDriver driver = this.browser.driver();
		int groups = driver.findElements(By.cssSelector("fieldset.question")).size();
		for (int i = 0; i < groups; i++) {
			tabTo((element) -> "radio".equals(element.getAttribute("type"))
					&& element.getAttribute("name").startsWith("q_") && !isAnswered(element.getAttribute("name")));
			press(Keys.SPACE);
			for (int step = 0; step < (i + page) % 5; step++) {
				press(Keys.ARROW_RIGHT);
			}
		}
		tabTo((element) -> "Next".equals(element.getText()));
		pressEnterAndWait();
	}

	private void pressEnterAndWait() {
		this.browser.navigate(() -> press(Keys.ENTER));
	}

	private boolean isAnswered(String name) {
		return !this.browser.driver().findElements(By.cssSelector("input[name='" + name + "']:checked")).isEmpty();
	}

	private void tabTo(java.util.function.Predicate<WebElement> target) {
		WebDriver driver = this.browser.driver();
		for (int i = 0; i < 200; i++) {
			press(Keys.TAB);
			WebElement active = driver.switchTo().activeElement();
			if (target.test(active)) {
				return;
			}
		}
		throw new AssertionError("Could not reach the element with the Tab key on " + driver.getCurrentUrl());
	}

	private void press(CharSequence... keys) {
		Actions actions = new Actions(this.browser.driver());
		for (CharSequence key : keys) {
			actions.sendKeys(key);
		}
		actions.perform();
	}

	private void removeRequired() {
		((JavascriptExecutor) this.browser.driver())
			.executeScript("document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))");
	}

	private void checkPage(String name) {
		this.browser.screenshot(name);
		assertThat(this.browser.accessibilityViolations()).as(name).isEmpty();
	}

	private String heading() {
		return this.browser.driver().findElement(By.tagName("h1")).getText();
	}

}
