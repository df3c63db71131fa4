package uk.policenewsroom.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
	 * What /staying-safe-online promises: once the reader has left, Back and Forward
	 * never show a page of this site in that tab, however many pages were opened, and no
	 * frame of our content is painted after the key. Tried with 1, 3 and 10 pages, with
	 * reloads and Back within the site mixed in. Each step of Back or Forward afterwards
	 * may pass through the blank hop page, never through a page with content.
	 */

	@Test
	void afterOnePageBackAndForwardNeverShowThisSite() {
		this.browser = Browser.start(true);
		watchFramesAfterTheKey();
		arriveFromElsewhereAt("/news/an-appeal");
		pressEscapeAndCheckThePageWasHiddenAtOnce();
		assertBackAndForwardNeverShowThisSite(true);
	}

	@Test
	void afterThreePagesBackAndForwardNeverShowThisSite() {
		this.browser = Browser.start(true);
		watchFramesAfterTheKey();
		arriveFromElsewhereAt("/");
		open("/news");
		open("/operations");
		pressEscapeAndCheckThePageWasHiddenAtOnce();
		assertBackAndForwardNeverShowThisSite(true);
	}

	@Test
	void afterThreePagesWithTheButtonBackAndForwardNeverShowThisSite() {
		this.browser = Browser.start(true);
		watchFramesAfterTheKey();
		arriveFromElsewhereAt("/");
		open("/news");
		this.browser.navigate().refresh();
		open("/operations");
		// The watcher counts frames from the click on, in the same task as the button's
		// own listener.
		this.browser.executeScript("document.addEventListener('click', function () {"
				+ " sessionStorage.setItem('test.keyPressed', '1'); }, true);");
		this.browser.findElement(By.linkText("Leave this site")).click();
		assertBackAndForwardNeverShowThisSite(false);
	}

	@Test
	void afterTenPagesWithReloadsAndBackBackAndForwardNeverShowThisSite() {
		this.browser = Browser.start(true);
		watchFramesAfterTheKey();
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
		// /staying-safe-online, /news/an-appeal, /search?q=appeal, /news/an-appeal (being
		// read), with /news?category=appeal and /search?q=burglary dropped by the later
		// pages.
		pressEscapeAndCheckThePageWasHiddenAtOnce();
		assertBackAndForwardNeverShowThisSite(true);
	}

	@Test
	void afterTenPagesReadFromTheMiddleOfTheHistoryForwardNeverShowsThisSite() {
		this.browser = Browser.start(true);
		watchFramesAfterTheKey();
		arriveFromElsewhereAt("/");
		for (String path : new String[] { "/news", "/operations", "/staying-safe-online", "/feedback",
				"/news/an-appeal", "/news?category=appeal", "/search?q=burglary", "/search?q=appeal", "/news" }) {
			open(path);
		}
		this.browser.navigate().back();
		this.browser.navigate().back();
		this.browser.navigate().refresh();
		this.browser.navigate().back();
		this.browser.navigate().forward();
		// Reading /search?q=burglary, with /search?q=appeal and /news ahead in the
		// history.
		assertThat(this.browser.getCurrentUrl()).isEqualTo(ours("/search?q=burglary"));
		pressEscapeAndCheckThePageWasHiddenAtOnce();
		assertBackAndForwardNeverShowThisSite(true);
	}

	@Test
	void whatTheStayingSafePageSaysIsWhatTheseTestsCheck() {
		this.browser = Browser.start(false);
		this.browser.get(ours("/staying-safe-online"));
		String advice = this.browser.findElement(By.tagName("main")).getText();
		assertThat(advice).contains("hides the page you are reading straight away and takes you to a weather page.")
			.contains("After you have left, pressing Back or Forward in that tab will not show a page of this site,"
					+ " whether you opened one page or many.")
			.contains("We test this in Chromium")
			.contains("If JavaScript is turned off in your browser, the button is an ordinary link to the weather page,"
					+ " the keys do nothing, and Back will show this site again.")
			.doesNotContain("can still take you to pages of this site")
			.doesNotContain("Pressing Back will not bring you back to this site");
	}

	/**
	 * Records, in every document of ours, each frame about to be painted with our content
	 * visible after the test pressed the key ({@code test.keyPressed} in the tab's
	 * sessionStorage), and every page of ours shown after it.
	 */
	private void watchFramesAfterTheKey() {
		String watcher = """
				(function () {
				  if (location.port !== '%d') { return; }
				  function log(name, value) {
				    var list = JSON.parse(sessionStorage.getItem(name) || '[]');
				    list.push(value);
				    sessionStorage.setItem(name, JSON.stringify(list));
				  }
				  function frame() {
				    if (sessionStorage.getItem('test.keyPressed') === '1' && document.body
				        && location.pathname !== '/leaving.html' && location.pathname !== '/robots.txt'
				        && getComputedStyle(document.body).visibility !== 'hidden') {
				      log('test.shown', location.pathname + location.search);
				    }
				    requestAnimationFrame(frame);
				  }
				  if (sessionStorage.getItem('test.keyPressed') === '1') {
				    log('test.visited', location.pathname + location.search);
				  }
				  addEventListener('pageshow', function (event) {
				    if (event.persisted && sessionStorage.getItem('test.keyPressed') === '1') {
				      log('test.visited', location.pathname + location.search + ' (restored)');
				    }
				  });
				  requestAnimationFrame(frame);
				})();
				""".formatted(this.port);
		this.browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", watcher));
	}

	/**
	 * After leaving: the tab is on the neutral site, and pressing Back four times then
	 * Forward four times, and Back again, never settles on a page of ours; no page of
	 * ours painted a frame with its content after the key.
	 */
	private void assertBackAndForwardNeverShowThisSite(boolean escapePressed) {
		waitForNeutralSite();
		assertThat(this.browser.getCurrentUrl()).isEqualTo(NeutralSite.url());
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			this.browser.navigate().back();
			seen.add(settledUrl());
		}
		for (int i = 0; i < 4; i++) {
			this.browser.navigate().forward();
			seen.add(settledUrl());
		}
		for (int i = 0; i < 4; i++) {
			this.browser.navigate().back();
			seen.add(settledUrl());
		}
		assertThat(seen).allSatisfy((url) -> assertThat(url).doesNotStartWith(ours("/")));
		assertThat(seen).contains(NeutralSite.url() + "?before");
		// Read what the watcher recorded, from a resource of ours opened in the same tab.
		this.browser.get(ours("/robots.txt"));
		Object shown = this.browser.executeScript("return sessionStorage.getItem('test.shown');");
		Object visited = this.browser.executeScript("return sessionStorage.getItem('test.visited') || '[]';");
		assertThat(this.browser.executeScript("return sessionStorage.getItem('test.hiddenAtOnce');"))
			.as("hidden in the same task as the key")
			.isEqualTo(escapePressed ? "true" : null);
		assertThat(shown).as("frames of our content painted after the key; pages visited: %s", visited).isNull();
	}

	/** The URL once the blank hop page, if Back or Forward reached it, has moved on. */
	private String settledUrl() {
		Browser.await(this.browser).until((driver) -> !driver.getCurrentUrl().equals(ours("/leaving.html")));
		Browser.await(this.browser)
			.until((driver) -> "complete".equals(((ChromeDriver) driver).executeScript("return document.readyState;")));
		return this.browser.getCurrentUrl();
	}

	private void open(String path) {
		this.browser.get(ours(path));
		Browser.await(this.browser)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-quick-exit-hint]")));
	}

	/**
	 * Escape, dispatched the way a key press arrives; in the same task, before the
	 * browser could paint again, the page must already be hidden and the tab's title
	 * blank.
	 */
	private void pressEscapeAndCheckThePageWasHiddenAtOnce() {
		// The answer is kept in the tab's sessionStorage of our site and checked once the
		// exit is over: the exit can be so quick that the driver loses the script's
		// result.
		this.browser.executeScript(
				"""
						if (location.port === '%d' && sessionStorage.getItem('test.hiddenAtOnce') === null) {
						  sessionStorage.setItem('test.keyPressed', '1');
						  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
						  sessionStorage.setItem('test.hiddenAtOnce', String(document.documentElement.classList.contains('is-leaving')
						    && getComputedStyle(document.body).visibility === 'hidden' && document.title === ''));
						}
						"""
					.formatted(this.port));
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
		Browser.await(this.browser)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-quick-exit-hint]")));
	}

	private void assertLeftAndBackDoesNotReturn() {
		waitForNeutralSite();
		assertThat(this.browser.getCurrentUrl()).isEqualTo(NeutralSite.url());
		this.browser.navigate().back();
		assertThat(settledUrl()).startsWith(NeutralSite.url());
		this.browser.navigate().back();
		assertThat(settledUrl()).isEqualTo(NeutralSite.url() + "?before");
	}

	private void waitForNeutralSite() {
		Browser.await(this.browser).until(ExpectedConditions.titleIs(NeutralSite.TITLE));
	}

	private String ours(String path) {
		return "http://localhost:" + this.port + path;
	}

}
