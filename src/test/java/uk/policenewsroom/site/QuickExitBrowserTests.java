package uk.policenewsroom.site;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.policenewsroom.Browser;
import uk.policenewsroom.NeutralSite;
import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick exit in a real browser: it must leave at once and Back must not bring the
 * visitor back to us.
 */
@NewsroomTest
class QuickExitBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	private ChromeDriver browser;

	@BeforeEach
	void start() {
		this.data.reset();
		this.data.published("an-appeal", "Appeal after a burglary", "appeal", java.time.Instant.now().minusSeconds(60),
				Set.of(), null);
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void escapeLeavesForTheNeutralSiteAndBackDoesNotReturn() {
		this.browser = Browser.start(true);
		arriveFromElsewhereAt("/news/an-appeal");
		this.browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
		assertLeftAndBackDoesNotReturn();
	}

	@Test
	void escapeLeavesEvenWhileTyping() {
		this.browser = Browser.start(true);
		arriveFromElsewhereAt("/feedback");
		WebElement field = this.browser.findElement(By.id("doing"));
		field.sendKeys("I was reading about");
		field.sendKeys(Keys.ESCAPE);
		assertLeftAndBackDoesNotReturn();
	}

	@Test
	void theButtonLeavesAndBackDoesNotReturn() {
		this.browser = Browser.start(true);
		arriveFromElsewhereAt("/news");
		this.browser.findElement(By.linkText("Leave this site")).click();
		assertLeftAndBackDoesNotReturn();
	}

	@Test
	void pressingShiftThreeTimesLeaves() {
		this.browser = Browser.start(true);
		arriveFromElsewhereAt("/");
		Actions keys = new Actions(this.browser);
		for (int i = 0; i < 3; i++) {
			keys.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT);
		}
		keys.perform();
		assertLeftAndBackDoesNotReturn();
	}

	@Test
	void escapeDoesNotLeaveWhenAnotherComponentHandledIt() {
		this.browser = Browser.start(true);
		arriveFromElsewhereAt("/news");
		this.browser.executeScript("document.addEventListener('keydown', function (e) {"
				+ " if (e.key === 'Escape') { e.preventDefault(); } }, true);");
		this.browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
		assertThat(this.browser.getCurrentUrl()).startsWith(ours("/news"));
		assertThat(this.browser.getTitle()).startsWith("News");
	}

	@Test
	void withoutJavaScriptTheButtonIsAPlainLink() {
		this.browser = Browser.start(false);
		this.browser.get(ours("/news"));
		WebElement button = this.browser.findElement(By.linkText("Leave this site"));
		assertThat(button.getAttribute("href")).isEqualTo(NeutralSite.url());
		assertThat(button.getAttribute("rel")).isEqualTo("noreferrer nofollow");
		assertThat(this.browser.findElement(By.cssSelector("[data-quick-exit-hint]")).isDisplayed()).isFalse();
		button.click();
		waitForNeutralSite();
		this.browser.navigate().back();
		assertThat(this.browser.getCurrentUrl()).startsWith(ours("/news"));
	}

	private void arriveFromElsewhereAt(String path) {
		this.browser.get(NeutralSite.url() + "?before");
		this.browser.get(ours(path));
		assertThat(this.browser.getCurrentUrl()).startsWith(ours(path));
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-quick-exit-hint]")));
	}

	private void assertLeftAndBackDoesNotReturn() {
		waitForNeutralSite();
		assertThat(this.browser.getCurrentUrl()).isEqualTo(NeutralSite.url());
		this.browser.navigate().back();
		assertThat(this.browser.getCurrentUrl()).doesNotContain("localhost:" + this.port)
			.isEqualTo(NeutralSite.url() + "?before");
	}

	private void waitForNeutralSite() {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleIs(NeutralSite.TITLE));
	}

	private String ours(String path) {
		return "http://localhost:" + this.port + path;
	}

}
