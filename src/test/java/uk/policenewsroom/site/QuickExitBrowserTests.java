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

	/*
	 * What /staying-safe-online promises, sentence by sentence: the page being read is
	 * hidden at once and replaced by the weather page, so Back from there never shows it;
	 * pages opened earlier in the tab can still be reached with Back, as the page says.
	 * Tried with 1, 3 and 10 pages, with reloads and Back within the site mixed in.
	 */

	@Test
	void afterOnePageBackGoesToWhereTheReaderWasBefore() {
		this.browser = Browser.start(true);
		arriveFromElsewhereAt("/news/an-appeal");
		pressEscapeAndCheckThePageWasHiddenAtOnce();
		assertLeftAndBackDoesNotReturn();
	}

	@Test
	void afterThreePagesBackNeverShowsThePageBeingReadButCanShowEarlierOnes() {
		this.browser = Browser.start(true);
		arriveFromElsewhereAt("/");
		open("/news");
		open("/operations");
		pressEscapeAndCheckThePageWasHiddenAtOnce();
		waitForNeutralSite();
		this.browser.navigate().back();
		assertThat(this.browser.getCurrentUrl()).isEqualTo(ours("/news"));
	}

	@Test
	void afterTenPagesWithReloadsAndBackThePageBeingReadIsNeverShownAgain() {
		this.browser = Browser.start(true);
		arriveFromElsewhereAt("/");
		open("/news");
		open("/operations");
		this.browser.navigate().refresh();
		open("/staying-safe-online");
		open("/feedback");
		this.browser.navigate().back();
		this.browser.navigate().refresh();
		open("/news/an-appeal");
		open("/news?category=appeal");
		open("/search?q=burglary");
		this.browser.navigate().back();
		this.browser.navigate().back();
		open("/search?q=appeal");
		open("/news/an-appeal");
		// Ten pages opened; the history is now: neutral, /, /news, /operations,
		// /staying-safe-online,
		// /news/an-appeal, /search?q=appeal, /news/an-appeal (being read).
		pressEscapeAndCheckThePageWasHiddenAtOnce();
		waitForNeutralSite();
		this.browser.navigate().back();
		assertThat(this.browser.getCurrentUrl()).isEqualTo(ours("/search?q=appeal"));
		this.browser.navigate().forward();
		assertThat(this.browser.getCurrentUrl()).isEqualTo(NeutralSite.url());
	}

	@Test
	void whatTheStayingSafePageSaysIsWhatTheseTestsCheck() {
		this.browser = Browser.start(false);
		this.browser.get(ours("/staying-safe-online"));
		String advice = this.browser.findElement(By.tagName("main")).getText();
		assertThat(advice).contains("Pressing Back from the weather page will not show the page you were reading.")
			.contains(
					"Back and Forward can still take you to pages of this site that you opened earlier in the same tab.")
			.contains("If JavaScript is turned off in your browser, the button is an ordinary link")
			.doesNotContain("Pressing Back will not bring you back to this site");
	}

	private void open(String path) {
		this.browser.get(ours(path));
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-quick-exit-hint]")));
	}

	/**
	 * Escape, dispatched the way a key press arrives; in the same task, before the
	 * browser could paint again, the page must already be hidden and the tab's title
	 * blank.
	 */
	private void pressEscapeAndCheckThePageWasHiddenAtOnce() {
		Object hidden = this.browser.executeScript(
				"""
						document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
						return document.documentElement.classList.contains('is-leaving')
						  && getComputedStyle(document.body).visibility === 'hidden' && document.title === '';
						""");
		assertThat(hidden).isEqualTo(true);
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
