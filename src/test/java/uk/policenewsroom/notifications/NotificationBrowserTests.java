package uk.policenewsroom.notifications;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
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
import uk.policenewsroom.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer submits a release in a real browser; the editor's email arrives at the
 * embedded mail server, and its link opens the release for review.
 */
@NewsroomTest
class NotificationBrowserTests {

	private static final Pattern OFFICE_LINK = Pattern.compile("http://localhost:8080(/press-office/releases/\\d+)");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	GreenMail mailServer;

	@Autowired
	MailDelivery delivery;

	private ChromeDriver browser;

	@BeforeEach
	void people() throws Exception {
		this.data.reset();
		this.mailServer.purgeEmailFromAllMailboxes();
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
	void anEditorIsEmailedWhenAWriterSubmitsAndTheLinkOpensTheRelease() throws Exception {
		this.browser = Browser.start(true);
		signIn("writer@newsroom.test");
		Browser.writeNewRelease(this.browser, "Appeal to find missing Witham teenager",
				"Jade, 15, was last seen on Tuesday afternoon.", "Anyone who has seen Jade is asked to call 101.",
				"Appeal");
		Browser.saveAndSubmitForReview(this.browser);

		assertThat(this.delivery.sendDue()).isOne();
		MimeMessage[] received = this.mailServer.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("editor@newsroom.test");
		assertThat(mail.getSubject()).isEqualTo("Waiting for your review: Appeal to find missing Witham teenager");
		Matcher link = OFFICE_LINK.matcher((String) mail.getContent());
		assertThat(link.find()).as("the email links to the release in the press office").isTrue();

		this.browser.findElement(By.xpath("//button[text()='Sign out']")).click();
		signIn("editor@newsroom.test");
		this.browser.get(url(link.group(1)));
		Browser.await(this.browser)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
					"Appeal to find missing Witham teenager"));
		assertThat(this.browser.findElements(By.xpath("//a[text()='Publish now']"))).hasSize(1);
	}

	private void signIn(String email) {
		Browser.signIn(this.browser, url(""), email);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
