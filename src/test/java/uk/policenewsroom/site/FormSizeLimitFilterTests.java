package uk.policenewsroom.site;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class FormSizeLimitFilterTests {

	private final FormSizeLimitFilter filter = new FormSizeLimitFilter(64 * 1024, 11 * 1024 * 1024,
			List.of("/press-office/releases/*/image"));

	@Test
	void aFormBodyOverTheLimitIsRefusedBeforeAnythingReadsIt() throws Exception {
		assertThat(status("/feedback", 64 * 1024 + 1)).isEqualTo(413);
		assertThat(status("/feedback", 64 * 1024)).isEqualTo(200);
	}

	@Test
	void uploadAddressesHaveTheirOwnLargerLimit() throws Exception {
		assertThat(status("/press-office/releases/12/image", 5 * 1024 * 1024)).isEqualTo(200);
		assertThat(status("/press-office/releases/12/image", 11 * 1024 * 1024 + 1)).isEqualTo(413);
		assertThat(status("/press-office/releases/12", 5 * 1024 * 1024)).isEqualTo(413);
	}

	private int status(String path, int length) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setContent(new byte[length]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		return (chain.getRequest() != null) ? 200 : response.getStatus();
	}

}
