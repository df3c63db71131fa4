package uk.policenewsroom.releases;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.policenewsroom.Axe;
import uk.policenewsroom.Browser;
import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An embargo link's life in real browsers: a writer makes one and copies it, a journalist
 * who is not signed in reads the release under embargo, an editor publishes it, and the
 * same link then takes the journalist to the published page.
 */
@NewsroomTest
class EmbargoLinkBrowserTests {

	private static final String TITLE = "Results of the Witham drugs raids";

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	private ChromeDriver office;

	private ChromeDriver journalist;

	@BeforeEach
	void people() {
		this.data.reset();
		this.data.officer(Role.WRITER, "writer@newsroom.test");
		this.data.officer(Role.EDITOR, "editor@newsroom.test");
	}

	@AfterEach
	void stop() {
		if (this.office != null) {
			this.office.quit();
		}
		if (this.journalist != null) {
			this.journalist.quit();
		}
	}

	@Test
	void aJournalistReadsUnderEmbargoAndTheSameLinkLeadsToThePublishedPage() throws IOException {
		this.office = Browser.start(true);
		Browser.signIn(this.office, url(""), "writer@newsroom.test");
		Browser.writeNewRelease(this.office, TITLE, "Six people were arrested on Tuesday.",
				"Officers searched **four** addresses.", "News");
		Browser.saveAndSubmitForReview(this.office);

		this.office.findElement(By.id("recipient")).sendKeys("Essex Chronicle newsdesk");
		this.office.findElement(By.xpath("//button[text()='Make an embargo link']")).click();
		Browser.expectNotice(this.office, "Embargo link made");
		WebElement field = this.office.findElement(By.id("embargo-link-url"));
		assertThat(field.getAttribute("readonly")).isNotNull();
		String link = field.getAttribute("value");
		assertThat(link).startsWith("http://localhost:8080/preview/");
		WebElement copy = this.office.findElement(By.cssSelector("button[data-copy=embargo-link-url]"));
		assertThat(copy.isDisplayed()).isTrue();
		copy.click();
		Browser.await(this.office)
			.until(ExpectedConditions.textMatches(By.id("embargo-link-copied"),
					java.util.regex.Pattern.compile("Link copied|Could not copy")));
		assertThat(Axe.check(this.office, "review page", Axe.WCAG)).isEmpty();
		String path = link.substring("http://localhost:8080".length());

		this.journalist = Browser.start(true);
		this.journalist.get(url(path));
		assertThat(this.journalist.findElement(By.cssSelector(".preview-banner")).getText())
			.contains("Embargoed: not for publication before", "not yet scheduled");
		assertThat(this.journalist.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
		assertThat(this.journalist.findElement(By.cssSelector(".release__body strong")).getText()).isEqualTo("four");
		assertThat(Axe.check(this.journalist, "embargoed release", Axe.WCAG)).isEmpty();

		this.office.findElement(By.xpath("//button[text()='Sign out']")).click();
		Browser.signIn(this.office, url(""), "editor@newsroom.test");
		this.office.findElement(By.linkText(TITLE)).click();
		assertThat(this.office.findElement(By.cssSelector(".embargo-links")).getText())
			.contains("Essex Chronicle newsdesk", "Opened once");
		this.office.findElement(By.linkText("Publish now")).click();
		this.office.findElement(By.xpath("//button[text()='Yes, publish now']")).click();
		Browser.expectNotice(this.office, "Published");

		this.journalist.get(url(path));
		Browser.await(this.journalist)
			.until(ExpectedConditions.urlToBe(url("/news/results-of-the-witham-drugs-raids")));
		assertThat(this.journalist.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
		assertThat(this.journalist.findElements(By.cssSelector(".preview-banner"))).isEmpty();
		this.office.navigate().refresh();
		assertThat(this.office.findElement(By.cssSelector(".embargo-links")).getText()).contains("Opened 2 times",
				"Sends readers to the published release");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
