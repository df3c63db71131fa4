package uk.policenewsroom.releases;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseBodyTests {

	@Test
	void rendersMarkdown() {
		String html = ReleaseBody.toHtml("""
				Officers made **49 arrests**.

				## What was seized

				- cash
				- drugs

				> Drugs are not welcome here.

				Call [Crimestoppers](https://crimestoppers-uk.org).
				""");
		assertThat(html).contains("<strong>49 arrests</strong>")
			.contains("<h2>What was seized</h2>")
			.contains("<li>cash</li>")
			.contains("<blockquote>")
			.contains("href=\"https://crimestoppers-uk.org\"")
			.containsPattern("rel=\"(noopener noreferrer|noreferrer noopener)\"");
	}

	@Test
	void aLevelOneHeadingBecomesLevelTwo() {
		assertThat(ReleaseBody.toHtml("# Heading")).isEqualTo("<h2>Heading</h2>\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"javascript:alert(1)\">x</a>", "[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))",
			"[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "![x](javascript:alert(1))",
			"<svg onload=alert(1)>", "<iframe src=\"https://evil.example\"></iframe>",
			"<p style=\"background:url(javascript:alert(1))\">x</p>", "<div onmouseover=\"alert(1)\">x</div>",
			"[x](vbscript:msgbox(1))", "<object data=\"evil.swf\"></object>", "<form action=\"https://evil.example\">",
			"<a href=\"&#106;avascript:alert(1)\">x</a>", "[x](&#x6A;avascript:alert(1))",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<base href=\"https://evil.example\">",
			"<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", "[x]( javascript:alert(1))",
			"<details open ontoggle=alert(1)>", "[x](<javascript:alert(1)>)" })
	void scriptsHandlersAndDangerousLinksNeverReachThePage(String payload) {
		String html = ReleaseBody.toHtml("Before\n\n" + payload + "\n\nAfter").toLowerCase(Locale.ROOT);
		assertThat(html).doesNotContain("<script", "<img", "<svg", "<iframe", "<object", "<form", "<base", "<meta",
				"<style", "<details", "onerror=", "onload=", "onmouseover=", "ontoggle=", "style=", "href=\"javascript",
				"href=\"data:", "href=\"vbscript", "href=\"&#");
		assertThat(html).contains("after");
	}

}
