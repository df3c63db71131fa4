package uk.policenewsroom.feedback;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InboxFilterTests {

	@Test
	void blankValuesMeanAny() {
		assertThat(InboxFilter.of(null, null, null)).isEqualTo(InboxFilter.NONE);
		assertThat(InboxFilter.of(" ", "", "  ")).isEqualTo(InboxFilter.NONE);
		assertThat(InboxFilter.NONE.pathPattern()).isNull();
		assertThat(InboxFilter.NONE.score()).isNull();
	}

	@Test
	void valuesAreReadAsTheFormWritesThem() {
		InboxFilter filter = InboxFilter.of(" /News ", "2", "Actioned");
		assertThat(filter).isEqualTo(new InboxFilter("/News", Rating.POOR, FeedbackStatus.ACTIONED));
		assertThat(filter.pathPattern()).isEqualTo("%/news%");
		assertThat(filter.score()).isEqualTo((short) 2);
		assertThat(filter.ratingParam()).isEqualTo("2");
		assertThat(filter.statusParam()).isEqualTo("actioned");
	}

	@Test
	void likeWildcardsInThePathAreTakenLiterally() {
		assertThat(InboxFilter.of("50%_off!", null, null).pathPattern()).isEqualTo("%50!%!_off!!%");
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", value = { "null, 0, null", "null, 6, null", "null, GOOD, null", "null, 1.0, null",
			"null, null, done", "null, null, 1" })
	void valuesTheFormCannotSendAreRefused(String path, String rating, String status) {
		assertThatIllegalArgumentException().isThrownBy(() -> InboxFilter.of(path, rating, status));
	}

	@Test
	void aPathLongerThanAnyStoredIsRefused() {
		assertThat(InboxFilter.of("a".repeat(PagePaths.MAX), null, null).path()).hasSize(PagePaths.MAX);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> InboxFilter.of("a".repeat(PagePaths.MAX + 1), null, null));
	}

}
