package uk.policenewsroom;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.policenewsroom.accounts.AccountAdministration;
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.Operations;
import uk.policenewsroom.releases.Categories;
import uk.policenewsroom.releases.Releases;

/**
 * The whole application on a real port, against the test PostgreSQL, with
 * {@link TestData}, the quick exit pointed at the local {@link NeutralSite}, and a page
 * that fails so the 500 page can be seen. Every test class using it shares one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "newsroom.scheduling.enabled=false",
				"spring.jpa.properties.hibernate.session_factory.statement_inspector=uk.policenewsroom.QueryCounter" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = NeutralSite.QuickExitToNeutralSite.class)
@Import({ TestDatabase.class, NewsroomTest.Support.class })
public @interface NewsroomTest {

	String FAILING_PAGE = "/test-only/failure";

	/**
	 * A test configuration, so that component scanning leaves it and its nested classes
	 * alone.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	class Support {

		@Bean
		TestData testData(JdbcTemplate jdbc, TransactionTemplate transactions, AccountAdministration administration,
				Areas areas, Categories categories, Operations operations, Releases releases) {
			return new TestData(jdbc, transactions, administration, areas, categories, operations, releases);
		}

		/** Registered as a member of this configuration. */
		@RestController
		static class FailingController {

			@GetMapping(FAILING_PAGE)
			String fail() {
				throw new IllegalStateException("A failure the visitor must never see the details of");
			}

		}

	}

}
