package uk.policenewsroom.site;

import java.io.IOException;
import java.time.Clock;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import uk.policenewsroom.Axe;
import uk.policenewsroom.Browser;
import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.PressOfficer;
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

	private long draftReleaseId;

	private long submittedReleaseId;

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
		PressOfficer admin = this.data.officer(Role.ADMIN, "admin@newsroom.test");
		PressOfficer writer = this.data.officer(Role.WRITER);
		List<TallyLine> results = List.of(TallyLine.count(TallyKind.ARRESTS, 6),
				TallyLine.drug("Cannabis", DrugClass.B, "1250", Unit.GRAMS));
		this.draftId = this.data.draftOperation("draft-week", "Draft week", results).getId();
		this.submittedId = this.data.submittedOperation("submitted-week", "Submitted week", results, writer).getId();
		this.data.hiddenOperation("hidden-week", "Hidden week", results, this.data.officer(Role.EDITOR));
		this.draftReleaseId = this.data.draft("a-draft", "A draft").getId();
		this.submittedReleaseId = this.transactions.execute((status) -> {
			Release release = this.releases
				.findById(this.data.draft("charged-man", "Man charged after Harlow burglary").getId())
				.orElseThrow();
			release.revise(Actor.writer(writer.id()),
					new Release.Content("Man charged after Harlow burglary", "John Smith, 34, has been charged.",
							"Amy Brown, 15, saw it.", release.getCategory(), Set.of(), null),
					Clock.systemUTC());
			release.submit(Actor.writer(writer.id()), Clock.systemUTC());
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
			release.remove(Actor.editor(admin.id()), TakeDownReason.COURT_ORDER, "Removed by order of the court.",
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
		for (String path : List.of("/", "/news", "/news/forty-nine-arrests", "/operations",
				"/operations/county-lines-week", "/operations/hidden-week", "/news/removed-appeal", "/feedback",
				"/feedback/thank-you", "/staying-safe-online", "/no-such-page", "/login")) {
			faults.addAll(check(path));
		}
		this.browser.get(url("/feedback"));
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		Browser.await(this.browser).until(ExpectedConditions.titleContains("Error"));
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
			faults.addAll(Axe.check(this.browser, path, Axe.WCAG_AND_BEST_PRACTICE));
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
		Browser.await(this.browser).until(ExpectedConditions.titleContains("Press office"));
		List<String> faults = new ArrayList<>();
		for (String path : List.of("/press-office", "/press-office/releases/new",
				"/press-office/releases/" + this.releaseId, "/press-office/releases/" + this.releaseId + "/edit",
				"/press-office/releases/" + this.releaseId + "/history",
				"/press-office/releases/" + this.releaseId + "/confirm-withdraw",
				"/press-office/releases/" + this.releaseId + "/confirm-withdraw?reason=PERSON_FOUND_SAFE",
				"/press-office/releases/" + this.releaseId + "/confirm-remove?reason=COURT_ORDER",
				"/press-office/releases/" + this.draftReleaseId,
				"/press-office/releases/" + this.draftReleaseId + "/confirm-delete",
				"/press-office/releases/" + this.draftReleaseId + "/confirm-publish-without-review",
				"/press-office/releases/" + this.submittedReleaseId,
				"/press-office/releases/" + this.submittedReleaseId + "/confirm-publish",
				"/press-office/releases/" + this.removedId, "/press-office/legal-checks", "/press-office/operations",
				"/press-office/operations/new", "/press-office/operations/" + this.operationId,
				"/press-office/operations/" + this.operationId + "/rows/2",
				"/press-office/operations/" + this.operationId + "/hide",
				"/press-office/operations/" + this.operationId + "/history", "/press-office/operations/" + this.draftId,
				"/press-office/operations/" + this.draftId + "/publish", "/press-office/operations/" + this.submittedId,
				"/press-office/operations/" + this.submittedId + "/publish",
				"/press-office/operations/" + this.submittedId + "/publish?version=99",
				"/press-office/operations/" + this.submittedId + "/reject", "/press-office/feedback",
				"/press-office/accounts", "/press-office/accounts/new", "/press-office/audit",
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
		return Axe.check(this.browser, label, Axe.WCAG);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
