package uk.policenewsroom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: Selenium is pointed at
 * both, so it never tries to download a browser. On a machine without them the browser
 * tests are skipped, except in CI, where they must run.
 */
public final class Browser {

	private static final Path CHROMIUM = Path.of(System.getProperty("newsroom.test.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("newsroom.test.chromedriver", "/usr/bin/chromedriver"));

	private Browser() {
	}

	public static ChromeDriver start(boolean javaScript) {
		return start(javaScript, false);
	}

	/**
	 * A browser that also records every request it makes in its performance log
	 * ({@code driver.manage().logs().get("performance")}), to check where pages send
	 * readers' browsers.
	 */
	public static ChromeDriver startRecordingRequests() {
		return start(true, true);
	}

	private static ChromeDriver start(boolean javaScript, boolean recordRequests) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && System.getenv("CI") == null) {
			assumeTrue(false, "Chromium and chromedriver are not installed: browser tests skipped");
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--window-size=412,915");
		if (recordRequests) {
			options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL", "browser", "ALL"));
		}
		if (!javaScript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		// A page sent by a click may still be loading when the test looks for what it
		// shows.
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	/**
	 * Signs in to the press office on the site at {@code base} as a test officer (whose
	 * password is {@link TestData#PASSWORD}) and waits for the dashboard.
	 */
	public static void signIn(ChromeDriver browser, String base, String email) {
		browser.get(base + "/login");
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		await(browser).until(ExpectedConditions.titleContains("Press office"));
	}

	/**
	 * A ten-second wait that looks again when the page it was reading is replaced under
	 * it: a click's next page can arrive between finding an element and reading it, which
	 * Chromium reports as a stale element or as a node that "does not belong to the
	 * document".
	 */
	public static WebDriverWait await(WebDriver browser) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
		return wait;
	}

	/**
	 * From the press office's dashboard, opens a new release and fills in its title,
	 * summary, body and category, as a writer types them; nothing is sent.
	 */
	public static void writeNewRelease(ChromeDriver browser, String title, String summary, String body,
			String category) {
		browser.findElement(By.linkText("Write a new release")).click();
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("summary")).sendKeys(summary);
		browser.findElement(By.id("body")).sendKeys(body);
		new Select(browser.findElement(By.id("category"))).selectByVisibleText(category);
	}

	/** Saves the release being written as a draft, then submits it for review. */
	public static void saveAndSubmitForReview(ChromeDriver browser) {
		browser.findElement(By.cssSelector("button[value=save]")).click();
		expectNotice(browser, "Draft saved");
		browser.findElement(By.xpath("//button[text()='Submit for review']")).click();
		expectNotice(browser, "Submitted for review");
	}

	/** Waits for the success notice a press-office action leaves on the next page. */
	public static void expectNotice(ChromeDriver browser, String text) {
		await(browser)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice--success"), text));
	}

}
