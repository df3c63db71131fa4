package uk.policenewsroom.accounts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.policenewsroom.feedback.FeedbackStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audit code the application records has a plain-language label. The codes are read
 * from the source, so a code added anywhere (in any branch) without a label fails here.
 */
class AuditActionsTests {

	/** An audit code as the source writes it: "RELEASE_SAVED". */
	private static final Pattern CODE = Pattern.compile("\"([A-Z]+(?:_[A-Z]+)+)\"");

	@Test
	void everyCodeRecordedInTheCodeHasALabel() throws IOException {
		Set<String> codes = codesInSource();
		for (FeedbackStatus status : FeedbackStatus.values()) {
			codes.add("FEEDBACK_MARKED_" + status.name());
		}
		assertThat(codes).as("codes found in src/main/java").contains("RELEASE_PUBLISHED", "ACCOUNT_UNLOCKED");
		assertThat(codes)
			.allSatisfy((code) -> assertThat(AuditActions.isLabelled(code)).as("%s needs a label in AuditActions", code)
				.isTrue());
	}

	@Test
	void aCodeWithoutALabelStillReadsAsWords() {
		assertThat(AuditActions.label("ARCHIVE_EXPORTED")).isEqualTo("Archive exported");
		assertThat(AuditActions.label("RELEASE_SAVED")).isEqualTo("Saved a release");
		assertThat(AuditActions.subject("release")).isEqualTo("Release");
		assertThat(AuditActions.subject("embargo_link")).isEqualTo("Embargo link");
	}

	/** Upper-case string literals in the classes that write to the audit log. */
	private static Set<String> codesInSource() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				if (!source.contains("audit.record(") && !source.contains("AuditLog")) {
					continue;
				}
				Matcher matcher = CODE.matcher(source);
				while (matcher.find()) {
					codes.add(matcher.group(1));
				}
			}
		}
		return codes;
	}

}
