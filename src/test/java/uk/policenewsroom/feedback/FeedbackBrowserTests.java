package uk.policenewsroom.feedback;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.policenewsroom.Browser;
import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader gives feedback from a release page, makes a mistake, mends it and is thanked.
 */
@NewsroomTest
class FeedbackBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	FeedbackItems feedback;

	private ChromeDriver browser;

	@BeforeEach
	void content() {
		this.data.reset();
		this.data.published("missing-woman-found", "Missing woman found", "missing-person",
				Instant.now().minusSeconds(60), Set.of(), null);
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aReaderGivesFeedbackFromAReleasePage() {
		this.browser = Browser.start(true);
		this.browser.get("http://localhost:" + this.port + "/news/missing-woman-found");
		this.browser.findElement(By.linkText("feedback will help us improve it")).click();
		Browser.await(this.browser).until(ExpectedConditions.titleContains("Give feedback"));

		this.browser.findElement(By.id("email")).sendKeys("not-an-email");
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();

		Browser.await(this.browser).until(ExpectedConditions.titleContains("Error: Give feedback"));
		assertThat(this.browser.findElement(By.cssSelector(".error-summary")).getText())
			.contains("Tell us what you were doing", "Enter an email address in the correct format");
		assertThat(this.browser.switchTo().activeElement().getAttribute("class")).contains("error-summary");
		assertThat(this.browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("not-an-email");

		this.browser.findElement(By.linkText("Enter an email address in the correct format, like name@example.com"))
			.click();
		this.browser.findElement(By.id("email")).clear();
		this.browser.findElement(By.id("doing")).sendKeys("Checking whether she had been found");
		this.browser.findElement(By.cssSelector("label[for=rating-VERY_GOOD]")).click();
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();

		Browser.await(this.browser).until(ExpectedConditions.titleContains("Thank you for your feedback"));
		assertThat(this.feedback.findAll()).singleElement().satisfies((stored) -> {
			assertThat(stored.getDoing()).isEqualTo("Checking whether she had been found");
			assertThat(stored.getRating()).isEqualTo((short) 5);
			assertThat(stored.getEmail()).isNull();
			assertThat(stored.getPagePath()).isEqualTo("/news/missing-woman-found");
		});
	}

}
