package uk.policenewsroom.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import org.springframework.transaction.support.TransactionTemplate;

import uk.policenewsroom.Browser;
import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.Role;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.operations.DrugClass;
import uk.policenewsroom.operations.TallyKind;
import uk.policenewsroom.operations.TallyLine;
import uk.policenewsroom.operations.Unit;
import uk.policenewsroom.releases.Actor;
import uk.policenewsroom.releases.Release;
import uk.policenewsroom.releases.Releases;
import uk.policenewsroom.releases.TakeDownReason;

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

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	Releases releases;

	@Autowired
	TransactionTemplate transactions;

	private ChromeDriver browser;

	private long releaseId;

	private long operationId;

	private long draftId;

	private long submittedId;

	private long removedId;

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
		long admin = this.data.officer(Role.ADMIN, "admin@newsroom.test").id();
		long writer = this.data.officer(Role.WRITER).id();
		this.draftId = this.data.draft("a-draft", "A draft").getId();
		this.submittedId = this.transactions.execute((status) -> {
			Release release = this.releases
				.findById(this.data.draft("charged-man", "Man charged after Harlow burglary").getId())
				.orElseThrow();
			release.revise(Actor.writer(writer),
					new Release.Content("Man charged after Harlow burglary", "John Smith, 34, has been charged.",
							"Amy Brown, 15, saw it.", release.getCategory(), Set.of(), null),
					Clock.systemUTC());
			release.submit(Actor.writer(writer), Clock.systemUTC());
			return release.getId();
		});
		this.removedId = this.transactions.execute((status) -> {
			Release release = this.releases
				.findById(
						this.data
							.published("removed-appeal", "Removed appeal", "appeal", Instant.now().minusSeconds(60),
									Set.of(), null)
							.getId())
				.orElseThrow();
			release.remove(Actor.editor(admin), TakeDownReason.COURT_ORDER, "Removed by order of the court.",
					Clock.systemUTC());
			return release.getId();
		});
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
		for (String path : List.of("/", "/news", "/news/forty-nine-arrests", "/news/removed-appeal", "/operations",
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
				"/press-office/releases/" + this.releaseId + "/history",
				"/press-office/releases/" + this.releaseId + "/confirm-withdraw",
				"/press-office/releases/" + this.releaseId + "/confirm-withdraw?reason=PERSON_FOUND_SAFE",
				"/press-office/releases/" + this.releaseId + "/confirm-remove?reason=COURT_ORDER",
				"/press-office/releases/" + this.draftId, "/press-office/releases/" + this.draftId + "/confirm-delete",
				"/press-office/releases/" + this.draftId + "/confirm-publish-without-review",
				"/press-office/releases/" + this.submittedId,
				"/press-office/releases/" + this.submittedId + "/confirm-publish",
				"/press-office/releases/" + this.removedId, "/press-office/legal-checks", "/press-office/operations",
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

	@SuppressWarnings("unchecked")
	private List<String> checkCurrent(String label) throws IOException {
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
				""".formatted(RULES));
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
