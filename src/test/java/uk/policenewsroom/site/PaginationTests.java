package uk.policenewsroom.site;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every paginated list answers a page it does not have with the same 404, and a huge page
 * number never reaches the database as an offset (it was a 500).
 */
@NewsroomTest
class PaginationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	private PressOfficer admin;

	@BeforeEach
	void admin() {
		this.data.reset();
		this.admin = this.data.officer(Role.ADMIN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/news", "/press-office/operations", "/press-office/feedback", "/press-office/audit" })
	void pagesOutOfRangeAreNotFound(String list) throws Exception {
		this.mvc.perform(get(list).with(user(this.admin))).andExpect(status().isOk());
		this.mvc.perform(get(list).param("page", "1").with(user(this.admin))).andExpect(status().isOk());
		for (String page : new String[] { "2147483647", "2147483648", "10001", "2", "0", "-1", "x" }) {
			this.mvc.perform(get(list).param("page", page).with(user(this.admin))).andExpect(status().isNotFound());
		}
	}

}
