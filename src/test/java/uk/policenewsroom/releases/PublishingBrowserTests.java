package uk.policenewsroom.releases;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.policenewsroom.Browser;
import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A release's life in a real browser: a writer drafts, previews and submits it; an editor
 * publishes it, readers find it, and the editor withdraws it.
 */
@NewsroomTest
class PublishingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	private ChromeDriver browser;

	@BeforeEach
	void people() {
		this.data.reset();
		this.data.officer(Role.WRITER, "writer@newsroom.test");
		this.data.officer(Role.EDITOR, "editor@newsroom.test");
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aReleaseFromDraftToPublishedToWithdrawn() {
		this.browser = Browser.start(true);
		signIn("writer@newsroom.test");
		Browser.writeNewRelease(this.browser, "Witness appeal after Chelmsford collision",
				"A cyclist was seriously hurt on Sunday evening.",
				"Officers want to hear from **anyone** who saw the collision.\n\n- Call 101\n- Quote 42/1234/26",
				"Appeal");
		this.browser.findElement(By.cssSelector("button[value=preview]")).click();
		waitFor(By.cssSelector("[aria-labelledby=preview-heading]"));
		WebElement preview = this.browser.findElement(By.cssSelector("[aria-labelledby=preview-heading]"));
		assertThat(preview.findElement(By.tagName("strong")).getText()).isEqualTo("anyone");
		assertThat(preview.findElements(By.tagName("li"))).hasSize(2);
		assertThat(this.browser.findElement(By.id("body")).getAttribute("value")).contains("**anyone**");

		Browser.saveAndSubmitForReview(this.browser);
		signOut();

		signIn("editor@newsroom.test");
		this.browser.findElement(By.linkText("Witness appeal after Chelmsford collision")).click();
		this.browser.findElement(By.linkText("Publish now")).click();
		Browser.await(this.browser)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "What will happen"));
		this.browser.findElement(By.xpath("//button[text()='Yes, publish now']")).click();
		expectNotice("Published");

		this.browser.get(url("/news"));
		this.browser.findElement(By.linkText("Witness appeal after Chelmsford collision")).click();
		Browser.await(this.browser)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
					"Witness appeal after Chelmsford collision"));

		this.browser.get(url("/press-office"));
		this.browser.findElement(By.linkText("Witness appeal after Chelmsford collision")).click();
		this.browser.findElement(By.id("reason-OTHER")).click();
		this.browser.findElement(By.xpath("//button[text()='Withdraw…']")).click();
		WebElement explanation = this.browser.findElement(By.id("text"));
		assertThat(explanation.getAttribute("value")).isEqualTo(TakeDownReason.OTHER.wording());
		explanation.clear();
		explanation.sendKeys("The driver has been traced. Thank you for your help.");
		this.browser.findElement(By.xpath("//button[text()='Yes, withdraw']")).click();
		expectNotice("Withdrawn");

		this.browser.get(url("/news"));
		assertThat(this.browser.findElements(By.linkText("Witness appeal after Chelmsford collision"))).isEmpty();
		this.browser.get(url("/news/witness-appeal-after-chelmsford-collision"));
		assertThat(this.browser.findElement(By.cssSelector(".withdrawn-notice")).getText())
			.contains("This release was withdrawn", "The driver has been traced.");
	}

	/** Waits for the page after a form was sent, which says what happened. */
	private void expectNotice(String text) {
		Browser.expectNotice(this.browser, text);
	}

	private void waitFor(By locator) {
		Browser.await(this.browser).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private void signIn(String email) {
		Browser.signIn(this.browser, url(""), email);
	}

	private void signOut() {
		this.browser.findElement(By.xpath("//button[text()='Sign out']")).click();
		Browser.await(this.browser)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice--success"),
					"You have signed out."));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
