package uk.policenewsroom.releases;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * An editor removes a published appeal for legal reasons, in a browser without
 * JavaScript, through the confirmation page; then a reader finds the address showing only
 * the notice, the image gone, and the appeal in no list and not in the feed.
 */
@NewsroomTest
class RemovalBrowserTests {

	private static final String TITLE = "Appeal to find missing Harlow man Dean Cole";

	private static final String SLUG = "appeal-to-find-missing-harlow-man";

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@TempDir
	Path folder;

	private ChromeDriver browser;

	@BeforeEach
	void aPublishedAppeal() {
		this.data.reset();
		this.data.officer(Role.EDITOR, "editor@newsroom.test");
		this.data.published(SLUG, TITLE, "appeal", Instant.now().minusSeconds(600), Set.of(), null);
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anEditorRemovesAPublishedAppealAndItsWordsAndImageLeaveTheSite() throws Exception {
		this.browser = Browser.start(false);
		signIn("editor@newsroom.test");
		this.browser.findElement(By.linkText(TITLE)).click();
		Path photo = this.folder.resolve("dean.jpg");
		ImageIO.write(new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
		this.browser.findElement(By.id("file")).sendKeys(photo.toString());
		this.browser.findElement(By.id("alt")).sendKeys("Dean Cole, who is missing");
		this.browser.findElement(By.xpath("//button[text()='Upload image']")).click();
		expectNotice("Image changed on the published release");

		this.browser.get(url("/news/" + SLUG));
		String image = this.browser.findElement(By.cssSelector(".lead-image img")).getAttribute("src");
		assertThat(status(image)).isEqualTo(200);

		this.browser.get(url("/press-office"));
		this.browser.findElement(By.linkText(TITLE)).click();
		this.browser.findElement(By.id("reason-PERSON_FOUND_SAFE")).click();
		this.browser.findElement(By.xpath("//button[text()='Remove for legal reasons…']")).click();
		Browser.await(this.browser)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Remove for legal reasons"));
		assertThat(this.browser.findElement(By.cssSelector(".notice")).getText())
			.contains("without its title, words or image");
		WebElement notice = this.browser.findElement(By.id("text"));
		assertThat(notice.getAttribute("value")).isEqualTo(TakeDownReason.PERSON_FOUND_SAFE.wording());
		notice.clear();
		notice.sendKeys("Dean has been found safe and well. Thank you for sharing our appeal.");
		this.browser.findElement(By.xpath("//button[text()='Yes, remove for legal reasons']")).click();
		expectNotice("Removed");

		this.browser.get(url("/news/" + SLUG));
		String page = this.browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("This release has been removed", "Dean has been found safe and well.")
			.doesNotContain("Dean Cole", "Body of");
		assertThat(this.browser.getTitle()).doesNotContain("Dean Cole");
		assertThat(this.browser.findElements(By.cssSelector("main img"))).isEmpty();
		assertThat(status(url("/news/" + SLUG))).isEqualTo(410);
		assertThat(status(image)).isEqualTo(410);

		this.browser.get(url("/news"));
		assertThat(this.browser.findElements(By.linkText(TITLE))).isEmpty();
		this.browser.get(url("/"));
		assertThat(this.browser.findElements(By.linkText(TITLE))).isEmpty();
		assertThat(body(url("/news.atom"))).doesNotContain(TITLE).doesNotContain(SLUG);
	}

	private int status(String address) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private String body(String address) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private void expectNotice(String text) {
		Browser.expectNotice(this.browser, text);
	}

	private void signIn(String email) {
		Browser.signIn(this.browser, url(""), email);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
