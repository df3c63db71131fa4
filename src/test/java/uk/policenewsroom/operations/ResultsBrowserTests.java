package uk.policenewsroom.operations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.policenewsroom.Axe;
import uk.policenewsroom.Browser;
import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results dashboard and the operation pages in a real browser on a 390 px phone: axe
 * finds nothing, best practices included; nothing is fetched from anywhere but this site;
 * nothing is styled inline; the charts fit and their text stays readable.
 */
@NewsroomTest
class ResultsBrowserTests {

	private static final List<String> PAGES = List.of("/results", "/results?figure=cash&area=colchester",
			"/results?from=2022-04-01&to=2022-06-30&figure=weapons", "/results?from=2030-01-01",
			"/results?from=soon&to=2022-02-30", "/operations", "/operations/county-lines-week",
			"/operations/summer-patrols");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	private ChromeDriver browser;

	@BeforeEach
	void content() {
		ResultsFixtures.threeOperations(this.data);
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void axeFindsNothingBestPracticesIncluded() throws IOException {
		this.browser = phone();
		List<String> faults = new ArrayList<>();
		for (String path : PAGES) {
			this.browser.get(url(path));
			faults.addAll(Axe.check(this.browser, path, Axe.WCAG_AND_BEST_PRACTICE));
		}
		assertThat(faults).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void nothingIsFetchedFromElsewhereAndNothingIsStyledInline() {
		this.browser = phone();
		String site = url("/");
		for (String path : PAGES) {
			this.browser.get(url(path));
			List<Object> fetched = (List<Object>) this.browser.executeScript(
					"return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
							+ ".map(function (e) { return e.name; });");
			assertThat(fetched).as(path).isNotEmpty().allSatisfy((url) -> assertThat((String) url).startsWith(site));
			assertThat(this.browser.executeScript("return document.querySelectorAll('[style], style').length")).as(path)
				.isEqualTo(0L);
		}
	}

	@Test
	void theChartsFitAPhoneAndTheirTextStaysReadable() {
		this.browser = phone();
		this.browser.get(url("/results"));
		assertThat(this.browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
			.isEqualTo(true);
		List<?> charts = (List<?>) this.browser.executeScript("""
				return Array.from(document.querySelectorAll('svg.chart')).map(function (svg) {
				  var box = svg.getBoundingClientRect();
				  var label = svg.querySelector('text').getBoundingClientRect();
				  return [box.width, label.height];
				});""");
		assertThat(charts).hasSize(5).allSatisfy((chart) -> {
			List<?> sizes = (List<?>) chart;
			assertThat(((Number) sizes.get(0)).doubleValue()).as("chart width").isGreaterThanOrEqualTo(300);
			assertThat(((Number) sizes.get(1)).doubleValue()).as("label height").isGreaterThanOrEqualTo(14);
		});
	}

	private ChromeDriver phone() {
		ChromeDriver driver = Browser.start(true);
		driver.manage().window().setSize(new Dimension(390, 844));
		return driver;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
