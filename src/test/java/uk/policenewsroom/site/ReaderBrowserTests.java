package uk.policenewsroom.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.policenewsroom.Browser;
import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.operations.TallyKind;
import uk.policenewsroom.operations.TallyLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, reading, searching and sharing send nothing to anyone but us: the
 * share links are plain links, and no page loads a script, font, image or beacon from
 * elsewhere. Chromium's own log of the requests it made is the evidence.
 */
@NewsroomTest
class ReaderBrowserTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	private ChromeDriver browser;

	@BeforeEach
	void content() {
		this.data.reset();
		Area colchester = this.data.area("Colchester");
		long operation = this.data
			.operation("raptor-week", "Raptor week", List.of(TallyLine.count(TallyKind.ARRESTS, 12)),
					Set.of(colchester))
			.getId();
		this.data.published("an-appeal", "Appeal after a burglary", "appeal", Instant.now().minusSeconds(60),
				Set.of(colchester), operation);
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void noRequestLeavesTheSite() {
		this.browser = Browser.startRecordingRequests();
		this.browser.get(url("/news/an-appeal"));
		assertThat(this.browser.findElements(By.cssSelector(".share a"))).hasSize(4);
		for (String path : List.of("/", "/news", "/search?q=burglary", "/areas/colchester", "/operations/raptor-week",
				"/staying-safe-online", "/no-such-page")) {
			this.browser.get(url(path));
		}
		List<String> requested = requests();
		// The release's JSON-LD is data, which the Content Security Policy does not
		// block.
		assertThat(this.browser.manage().logs().get("browser").getAll()).map(LogEntry::getMessage)
			.noneMatch((message) -> message.contains("Content Security Policy"));
		assertThat(requested).contains(url("/news/an-appeal"), url("/areas/colchester"))
			.allSatisfy(
					(request) -> assertThat(request).as("data: URLs (the date picker's icon) never leave the browser")
						.matches((address) -> address.startsWith(url("/")) || address.startsWith("data:")));
	}

	@Test
	void theCheckSeesARequestToAnotherSite() {
		this.browser = Browser.startRecordingRequests();
		this.browser.get(url("/"));
		this.browser.executeScript("var img = document.createElement('img'); img.src = 'http://tracker.invalid/p.gif';"
				+ " document.body.appendChild(img);");
		assertThat(requests()).contains("http://tracker.invalid/p.gif");
	}

	/** Every URL the browser asked for since the last call, in order. */
	private List<String> requests() {
		List<String> urls = new ArrayList<>();
		for (LogEntry entry : this.browser.manage().logs().get("performance")) {
			JsonNode message = JSON.readTree(entry.getMessage()).get("message");
			if ("Network.requestWillBeSent".equals(message.get("method").asString())) {
				urls.add(message.get("params").get("request").get("url").asString());
			}
		}
		return urls;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
