package org.careeradvisor.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with nothing downloaded: the browser and
 * driver come from the machine (CI installs them; see .ci/run).
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final WebDriver driver;

	private final Path profile;

	private Browser(boolean javascript) throws IOException {
		this.profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// Flags that let Chromium run headless as root on a closed network without
		// reaching out.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-extensions", "--window-size=1280,900",
				"--user-data-dir=" + this.profile);
		if (!javascript) {
			options.addArguments("--blink-settings=scriptEnabled=false");
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	/**
	 * Starts a browser, or skips the test on a developer machine without Chromium. On CI
	 * a missing browser fails the run instead, so that browser tests can never pass by
	 * not running.
	 */
	public static Browser start() {
		return start(true);
	}

	public static Browser startWithoutJavaScript() {
		return start(false);
	}

	private static Browser start(boolean javascript) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && System.getenv("CI") == null) {
			Assumptions.abort("Chromium not installed (apt-get install -y chromium chromium-driver)");
		}
		try {
			return new Browser(javascript);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Runs an action that loads a new page (a click, a key press, a form post) and waits
	 * until the new page is there. Chromium reports the old document either as stale or
	 * as a node that no longer belongs to the document: both mean it has gone. Without
	 * this, a test may read the old page, and without JavaScript the driver cannot tell
	 * when a form post has navigated at all.
	 */
	public void navigate(Runnable action) {
		WebElement oldPage = this.driver.findElement(By.tagName("html"));
		action.run();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
		wait.until((d) -> {
			try {
				oldPage.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
	}

	public void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	/**
	 * Saves a full-page screenshot under target/screenshots: the window grows to the
	 * page's height first.
	 */
	public Path screenshot(String name) {
		Dimension size = this.driver.manage().window().getSize();
		try {
			Files.createDirectories(SCREENSHOTS);
			Object height = ((JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.scrollHeight");
			if (height instanceof Number pageHeight) {
				resize(size.getWidth(), Math.min(pageHeight.intValue() + 140, 10000));
			}
			File shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			resize(size.getWidth(), size.getHeight());
		}
	}

	/**
	 * Runs axe-core on the current page and describes every WCAG 2.1 A or AA violation;
	 * empty when there are none.
	 */
	public List<String> accessibilityViolations() {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(this.driver);
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
		}
		return results.getViolations().stream().map(Browser::describe).collect(Collectors.toList());
	}

	private static String describe(Rule rule) {
		String targets = rule.getNodes()
			.stream()
			.map((node) -> String.valueOf(node.getTarget()))
			.limit(5)
			.collect(Collectors.joining(", "));
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
	}

	@Override
	public void close() {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// A leftover temporary profile is harmless.
		}
	}

}
