package uk.policenewsroom.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.policenewsroom.Browser;
import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.Role;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.operations.DrugClass;
import uk.policenewsroom.operations.TallyKind;
import uk.policenewsroom.operations.TallyLine;
import uk.policenewsroom.operations.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core (Deque's accessibility rules, shipped in the test resources) against
 * every kind of page in a real browser, at a phone's width, for the WCAG 2.2 A and AA
 * rules that can be checked automatically. It cannot judge everything (whether alt text
 * is apt, whether an order makes sense), but what it finds is always a real fault.
 */
@NewsroomTest
class AccessibilityBrowserTests {

	private static final String RULES = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']";

	/** Deque's best practices as well: landmarks, heading order, one main, and more. */
	private static final String WITH_BEST_PRACTICE = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']";

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	private ChromeDriver browser;

	private long releaseId;

	private long operationId;

	@BeforeEach
	void content() {
		this.data.reset();
		Area colchester = this.data.area("Colchester");
		this.operationId = this.data.operation("county-lines-week", "County Lines Week",
				List.of(TallyLine.count(TallyKind.ARRESTS, 49),
						TallyLine.drug("Heroin", DrugClass.A, "145.92", Unit.GRAMS), TallyLine.cash(9_650_900, true)),
				Set.of(colchester))
			.getId();
		this.releaseId = this.data
			.published("forty-nine-arrests", "Forty-nine arrests", "operation-results", Instant.now().minusSeconds(60),
					Set.of(colchester), this.operationId)
			.getId();
		this.data.officer(Role.ADMIN, "admin@newsroom.test");
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void publicPagesHaveNoAutomaticallyDetectableFaults() throws IOException {
		this.browser = Browser.start(true);
		List<String> faults = new ArrayList<>();
		for (String path : List.of("/", "/news", "/news/forty-nine-arrests", "/operations",
				"/operations/county-lines-week", "/feedback", "/feedback/thank-you", "/staying-safe-online",
				"/no-such-page", "/login")) {
			faults.addAll(check(path));
		}
		this.browser.get(url("/feedback"));
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Error"));
		faults.addAll(checkCurrent("/feedback (with errors)"));
		assertThat(faults).isEmpty();
	}

	@Test
	void readersPagesFollowBestPracticeToo() throws IOException {
		this.data.published("an-appeal", "Appeal after a burglary", "appeal", Instant.now().minusSeconds(120),
				Set.of(this.data.area("Colchester")), null);
		this.browser = Browser.start(true);
		List<String> faults = new ArrayList<>();
		for (String path : List.of("/", "/news", "/news?area=colchester", "/news/forty-nine-arrests", "/news/an-appeal",
				"/search", "/search?q=arrests", "/search?q=zebra&category=appeal", "/search?q=the",
				"/search?q=arrests&from=18/03/2022", "/areas/colchester", "/operations",
				"/operations/county-lines-week", "/staying-safe-online", "/no-such-page")) {
			this.browser.get(url(path));
			faults.addAll(checkCurrent(path, WITH_BEST_PRACTICE));
		}
		assertThat(faults).isEmpty();
	}

	@Test
	void pressOfficePagesHaveNoAutomaticallyDetectableFaults() throws IOException {
		this.browser = Browser.start(true);
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys("admin@newsroom.test");
		this.browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Press office"));
		List<String> faults = new ArrayList<>();
		for (String path : List.of("/press-office", "/press-office/releases/new",
				"/press-office/releases/" + this.releaseId, "/press-office/releases/" + this.releaseId + "/edit",
				"/press-office/releases/" + this.releaseId + "/history", "/press-office/operations",
				"/press-office/operations/new", "/press-office/operations/" + this.operationId,
				"/press-office/feedback", "/press-office/accounts", "/press-office/accounts/new", "/press-office/audit",
				"/press-office/password")) {
			faults.addAll(check(path));
		}
		assertThat(faults).isEmpty();
	}

	@Test
	void theCheckFindsFaultsWhenThereAreSome() throws IOException {
		this.browser = Browser.start(true);
		this.browser.get(url("/"));
		this.browser.executeScript("var img = document.createElement('img'); img.src = '/images/favicon.svg';"
				+ " document.getElementById('main').appendChild(img);"
				+ " var input = document.createElement('input'); document.getElementById('main').appendChild(input);");
		assertThat(checkCurrent("/")).anySatisfy((fault) -> assertThat(fault).contains("image-alt"))
			.anySatisfy((fault) -> assertThat(fault).contains("label"));
	}

	private List<String> check(String path) throws IOException {
		this.browser.get(url(path));
		return checkCurrent(path);
	}

	private List<String> checkCurrent(String label) throws IOException {
		return checkCurrent(label, RULES);
	}

	@SuppressWarnings("unchecked")
	private List<String> checkCurrent(String label, String rules) throws IOException {
		this.browser.executeScript(axe());
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		List<Object> violations = (List<Object>) this.browser.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: %s } }).then(function (result) {
				  done(result.violations.map(function (v) {
				    return v.id + ' (' + v.impact + '): ' + v.help + ' at '
				      + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
				  }));
				});
				""".formatted(rules));
		return violations.stream().map((violation) -> label + ": " + violation).toList();
	}

	private static String axe() throws IOException {
		try (InputStream script = AccessibilityBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
