package uk.policenewsroom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs axe-core (Deque's accessibility rules, shipped in the test resources) on the page
 * a browser shows, and says what it found, one line per rule broken.
 */
public final class Axe {

	/** The WCAG 2.2 A and AA rules that can be checked automatically. */
	public static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	/** WCAG, and Deque's best practices (landmarks, headings, regions) on top. */
	public static final List<String> WCAG_AND_BEST_PRACTICE = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
			"wcag22aa", "best-practice");

	private Axe() {
	}

	/**
	 * What axe finds on the current page for these tags, each line starting with the
	 * label.
	 */
	public static List<String> check(ChromeDriver browser, String label, List<String> tags) throws IOException {
		return check(browser, label, tags, List.of());
	}

	/**
	 * What axe finds on the current page for these tags, leaving out the elements that
	 * match these selectors.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> check(ChromeDriver browser, String label, List<String> tags, List<String> excluded)
			throws IOException {
		browser.executeScript(script());
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		List<Object> violations = (List<Object>) browser.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				var context = { include: [['html']], exclude: arguments[1].map(function (s) { return [s]; }) };
				axe.run(context, { runOnly: { type: 'tag', values: arguments[0] } }).then(function (result) {
				  done(result.violations.map(function (v) {
				    return v.id + ' (' + v.impact + '): ' + v.help + ' at '
				      + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
				  }));
				});
				""", tags, excluded);
		return violations.stream().map((violation) -> label + ": " + violation).toList();
	}

	private static String script() throws IOException {
		try (InputStream script = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
