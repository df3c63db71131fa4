package uk.policenewsroom.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may reach what. The list of press-office URLs comes from the application's own
 * request mappings, so a new page cannot be added without being checked here; the
 * role-by-action matrix is the one in docs/roles.md.
 */
@NewsroomTest
class PressOfficeAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@BeforeEach
	void empty() {
		this.data.reset();
	}

	@Test
	void everyPressOfficeAddressSendsAnAnonymousVisitorToSignIn() throws Exception {
		List<Endpoint> endpoints = endpoints().stream().filter((e) -> e.path().startsWith("/press-office")).toList();
		assertThat(endpoints).hasSizeGreaterThan(20);
		for (Endpoint endpoint : endpoints) {
			MvcResult result = this.mvc.perform(request(endpoint).with(csrf())).andReturn();
			assertThat(result.getResponse().getStatus()).as(endpoint.toString()).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).as(endpoint.toString()).endsWith("/login");
		}
	}

	@Test
	void everyPostWithoutACsrfTokenIsForbidden() throws Exception {
		List<Endpoint> posts = endpoints().stream().filter((e) -> e.method() == HttpMethod.POST).toList();
		assertThat(posts).extracting(Endpoint::path).contains("/feedback", "/press-office/releases");
		var admin = this.data.officer(Role.ADMIN);
		for (Endpoint endpoint : posts) {
			int status = this.mvc.perform(request(endpoint).with(user(admin))).andReturn().getResponse().getStatus();
			assertThat(status).as(endpoint.toString()).isEqualTo(403);
		}
		assertThat(this.mvc.perform(MockMvcRequestBuilders.post("/login").param("username", "a").param("password", "b"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(MockMvcRequestBuilders.post("/logout").with(user(admin)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	/** Each row: an action, and whether a writer, an editor and an admin may do it. */
	static Stream<Arguments> matrix() {
		return Stream.of(row("GET", "/press-office", true, true, true),
				row("GET", "/press-office/releases?q=x", true, true, true),
				row("GET", "/press-office/releases/new", true, true, true),
				row("POST", "/press-office/releases", true, true, true),
				row("POST", "/press-office/releases/{id}/submit", true, true, true),
				row("POST", "/press-office/releases/{id}/delete", true, true, true),
				row("POST", "/press-office/releases/{id}/preview-link", true, true, true),
				row("POST", "/press-office/releases/{id}/image/remove", true, true, true),
				row("GET", "/press-office/releases/{id}/history", true, true, true),
				row("GET", "/press-office/releases/{id}/edit", true, true, true),
				row("POST", "/press-office/releases/{id}/reject", false, true, true),
				row("POST", "/press-office/releases/{id}/publish", false, true, true),
				row("POST", "/press-office/releases/{id}/schedule", false, true, true),
				row("POST", "/press-office/releases/{id}/unschedule", false, true, true),
				row("POST", "/press-office/releases/{id}/approve", false, true, true),
				row("POST", "/press-office/releases/{id}/withdraw", false, true, true),
				row("POST", "/press-office/releases/{id}/correct", false, true, true),
				row("GET", "/press-office/operations", true, true, true),
				row("GET", "/press-office/feedback", false, true, true),
				row("POST", "/press-office/feedback/bulk?to=read", false, true, true),
				row("GET", "/press-office/accounts", false, false, true),
				row("GET", "/press-office/accounts/new", false, false, true),
				row("POST", "/press-office/accounts", false, false, true),
				row("GET", "/press-office/audit", false, false, true),
				row("GET", "/press-office/audit/export.csv", false, false, true),
				row("POST", "/press-office/accounts/{id}/unlock", false, false, true),
				row("GET", "/press-office/notifications/failed", false, false, true),
				row("POST", "/press-office/notifications/failed/retry", false, false, true),
				row("GET", "/press-office/mailbox", true, true, true),
				row("GET", "/press-office/password", true, true, true));
	}

	@ParameterizedTest(name = "{0} {1}: writer {2}, editor {3}, admin {4}")
	@MethodSource("matrix")
	void eachRoleMayDoWhatTheMatrixSays(String method, String path, boolean writer, boolean editor, boolean admin)
			throws Exception {
		long id = this.data.draft("matrix-" + System.nanoTime(), "Matrix release").getId();
		String url = path.replace("{id}", Long.toString(id));
		Map<Role, Boolean> expected = Map.of(Role.WRITER, writer, Role.EDITOR, editor, Role.ADMIN, admin);
		for (Role role : Role.values()) {
			var officer = this.data.officer(role);
			MockHttpServletRequestBuilder request = method.equals("GET") ? MockMvcRequestBuilders.get(url)
					: MockMvcRequestBuilders.post(url).with(csrf());
			int status = this.mvc.perform(request.with(user(officer))).andReturn().getResponse().getStatus();
			if (expected.get(role)) {
				assertThat(status).as("%s %s as %s", method, url, role).isNotIn(401, 403);
			}
			else {
				assertThat(status).as("%s %s as %s", method, url, role).isEqualTo(403);
			}
		}
	}

	private MockHttpServletRequestBuilder request(Endpoint endpoint) {
		String path = endpoint.path().replaceAll("\\{[^}]+}", "1");
		return MockMvcRequestBuilders.request(endpoint.method(), path);
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String path : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), path));
				}
			}
		}
		return endpoints;
	}

	private static Arguments row(String method, String path, boolean writer, boolean editor, boolean admin) {
		return Arguments.of(method, path, writer, editor, admin);
	}

	record Endpoint(HttpMethod method, String path) {

	}

}
