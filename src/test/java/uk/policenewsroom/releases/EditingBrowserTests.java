package uk.policenewsroom.releases;

import java.sql.Connection;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.policenewsroom.Axe;
import uk.policenewsroom.Browser;
import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The editor in a real browser, with its script: an autosave survives a reload, a save
 * after the session ended survives the sign-in, and a save over somebody else's needs a
 * choice.
 */
@NewsroomTest
class EditingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	private ChromeDriver browser;

	private PressOfficer writer;

	@BeforeEach
	void people() {
		this.data.reset();
		this.writer = this.data.officer(Role.WRITER, "writer@newsroom.test");
		this.data.officer(Role.EDITOR, "editor@newsroom.test");
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anAutosaveSurvivesAReload() {
		long id = this.data.draft("autosaved", "Autosaved draft").getId();
		openEditor(id, "writer@newsroom.test");
		typeBody("Words nobody pressed Save for.");

		// The autosave runs once typing has stopped for a while.
		new WebDriverWait(this.browser, Duration.ofSeconds(40)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-autosave-status]"), "Autosaved at"));
		this.browser.navigate().refresh();

		Browser.await(this.browser).until(ExpectedConditions.titleContains("Edit release"));
		assertThat(this.browser.findElement(By.id("body")).getAttribute("value"))
			.isEqualTo("Words nobody pressed Save for.");
		this.browser.get(url("/press-office/releases/" + id + "/history"));
		assertThat(this.browser.findElement(By.tagName("table")).getText()).contains("Autosaved");
	}

	@Test
	void aSaveAfterTheSessionEndedKeepsTheWordsThroughTheSignIn() throws Exception {
		long id = this.data.draft("session-ended", "Session ended").getId();
		openEditor(id, "writer@newsroom.test");
		typeBody("Typed while the session ran out.");

		this.browser.manage().deleteCookieNamed("SESSION");
		this.browser.findElement(By.cssSelector("button[value=save]")).click();

		Browser.await(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		this.browser.findElement(By.id("username")).sendKeys("writer@newsroom.test");
		this.browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();

		Browser.await(this.browser)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"Your words were kept while you signed in"));
		assertThat(this.browser.findElement(By.id("body")).getAttribute("value"))
			.isEqualTo("Typed while the session ran out.");
		assertThat(bodyOf(id)).isNotEqualTo("Typed while the session ran out.");
		assertThat(Axe.check(this.browser, "kept words", Axe.WCAG)).isEmpty();
		this.browser.findElement(By.cssSelector("button[value=save]")).click();
		Browser.expectNotice(this.browser, "Changes saved");
		assertThat(bodyOf(id)).isEqualTo("Typed while the session ran out.");
	}

	@Test
	void wordsSentWhenEvenTheSessionCouldNotBeReadAreOfferedBackInTheEditor() throws Exception {
		long id = this.data.draft("stalled", "Stalled database").getId();
		openEditor(id, "writer@newsroom.test");
		typeBody("Sent while the database stalled.");

		// Sessions are read from PostgreSQL: with their table locked, the save never
		// reaches
		// the editor and is answered by the error page once the lock wait times out.
		try (Connection stall = this.dataSource.getConnection()) {
			stall.setAutoCommit(false);
			stall.createStatement().execute("lock table spring_session in access exclusive mode");
			this.browser.findElement(By.cssSelector("button[value=save]")).click();
			new WebDriverWait(this.browser, Duration.ofSeconds(30))
				.until(ExpectedConditions.not(ExpectedConditions.titleContains("Edit release")));
			assertThat(this.browser.findElements(By.cssSelector("form[data-editor]"))).isEmpty();
			stall.rollback();
		}
		assertThat(bodyOf(id)).isNotEqualTo("Sent while the database stalled.");

		this.browser.get(url("/press-office/releases/" + id + "/edit"));
		Browser.await(this.browser)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-restore-button]")));
		assertThat(this.browser.findElement(By.id("body")).getAttribute("value"))
			.isNotEqualTo("Sent while the database stalled.");
		this.browser.findElement(By.cssSelector("[data-restore-button]")).click();
		assertThat(this.browser.findElement(By.id("body")).getAttribute("value"))
			.isEqualTo("Sent while the database stalled.");
		this.browser.findElement(By.cssSelector("button[value=save]")).click();
		Browser.expectNotice(this.browser, "Changes saved");
		assertThat(bodyOf(id)).isEqualTo("Sent while the database stalled.");

		this.browser.get(url("/press-office/releases/" + id + "/edit"));
		assertThat(this.browser.findElement(By.cssSelector("[data-restore]")).isDisplayed()).isFalse();
	}

	@Test
	void aSaveOverSomebodyElsesNeedsAChoice() throws Exception {
		long id = this.data.draft("two-editors", "Two editors").getId();
		PressOffice office = new PressOffice(this.mvc, this.jdbc);
		this.mvc.perform(get("/press-office/releases/{id}/edit", id).with(user(this.writer)));

		openEditor(id, "editor@newsroom.test");
		assertThat(this.browser.findElement(By.cssSelector("[data-other-editors]")).getText())
			.contains(this.writer.displayName());
		typeBody("The editor's version.");

		office.save(this.writer, id, "Two editors", "The writer's version.");
		this.browser.findElement(By.cssSelector("button[value=save]")).click();

		Browser.await(this.browser)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"Somebody else saved this release while you were editing it"));
		assertThat(
				this.browser.findElement(By.cssSelector("[aria-labelledby=differences-heading] .diff del")).getText())
			.contains("The writer's version.");
		assertThat(
				this.browser.findElement(By.cssSelector("[aria-labelledby=differences-heading] .diff ins")).getText())
			.contains("The editor's version.");
		assertThat(this.browser.findElements(By.cssSelector("button[value=save]"))).isEmpty();

		this.browser.findElement(By.cssSelector("button[value=resolve]")).click();
		Browser.await(this.browser)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("choice"),
					"Choose whether to keep your version or start from theirs"));
		assertThat(bodyOf(id)).isEqualTo("The writer's version.");
		assertThat(Axe.check(this.browser, "conflict page", Axe.WCAG)).isEmpty();

		this.browser.findElement(By.cssSelector("label[for=choice-mine]")).click();
		this.browser.findElement(By.cssSelector("button[value=resolve]")).click();
		Browser.expectNotice(this.browser, "Changes saved");
		assertThat(bodyOf(id)).isEqualTo("The editor's version.");
	}

	/** Starts a browser with JavaScript, signs in and opens the release's editor. */
	private void openEditor(long id, String email) {
		this.browser = Browser.start(true);
		Browser.signIn(this.browser, url(""), email);
		this.browser.get(url("/press-office/releases/" + id + "/edit"));
	}

	/** Replaces the body's words by typing, as an officer does. */
	private void typeBody(String words) {
		WebElement body = this.browser.findElement(By.id("body"));
		body.clear();
		body.sendKeys(words);
	}

	private String bodyOf(long id) {
		return this.jdbc.queryForObject("select body from releases where id = ?", String.class, id);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
