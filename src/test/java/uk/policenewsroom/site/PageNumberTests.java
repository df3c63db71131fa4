package uk.policenewsroom.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "2147483647", "99999999999999999999", "10001", "abc", "1.5", "1e3", " 2 x" })
	void whatIsNotAPageIsNotFound(String text) {
		assertThatExceptionOfType(ResponseStatusException.class).isThrownBy(() -> PageNumber.parse(text))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(404));
	}

	@Test
	void pagesCountFromOne() {
		assertThat(PageNumber.parse(null)).isEqualTo(PageNumber.FIRST);
		assertThat(PageNumber.parse("")).isEqualTo(PageNumber.FIRST);
		assertThat(PageNumber.parse("10000").of(50).getOffset()).isEqualTo(499_950);
		assertThat(PageNumber.parse("3").of(20).getOffset()).isEqualTo(40);
	}

	@Test
	void aPagePastTheLastIsNotFoundButTheFirstPageOfNothingIs() {
		Page<String> two = new PageImpl<>(java.util.List.of("a"), PageRequest.of(1, 1), 2);
		assertThat(new PageNumber(2).require(two)).isSameAs(two);
		Page<String> past = new PageImpl<>(java.util.List.of(), PageRequest.of(2, 1), 2);
		assertThatExceptionOfType(ResponseStatusException.class).isThrownBy(() -> new PageNumber(3).require(past));
		Page<String> none = Page.empty(PageRequest.of(0, 20));
		assertThat(PageNumber.FIRST.require(none)).isSameAs(none);
	}

}
