package uk.policenewsroom;

import java.util.function.Supplier;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.data.util.Lazy;

/**
 * Spring Data parses every declared JPQL query with its own ANTLR grammar when it creates
 * a repository, only to learn what it needs for sorting, count queries and projections:
 * most of our queries never need any of it (they are neither sorted nor paged by Spring
 * Data). That parsing was the largest part of what the main thread did after the web
 * server started (docs/performance.md, "Start-up"). Here the same parser runs on the
 * first call that needs its answer instead of at start. Hibernate still checks every
 * query at start ({@code SimpleJpaQuery} validates it), so a query that does not compile
 * still stops the start.
 */
@Configuration(proxyBeanMethods = false)
class RepositoryConfiguration {

	@Bean
	static BeanPostProcessor queryParsingOnFirstUse() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> factory) {
					factory.setQueryEnhancerSelectorSource(new OnFirstUse());
				}
				return bean;
			}
		};
	}

	/** The default choice of parser for each query, made to parse on first use. */
	static final class OnFirstUse implements QueryEnhancerSelector {

		@Override
		public QueryEnhancerFactory select(DeclaredQuery query) {
			QueryEnhancerFactory chosen = QueryEnhancerSelector.DEFAULT_SELECTOR.select(query);
			return new QueryEnhancerFactory() {
				@Override
				public boolean supports(DeclaredQuery declared) {
					return chosen.supports(declared);
				}

				@Override
				public QueryEnhancer create(QueryProvider provider) {
					return new Deferred(provider, Lazy.of(() -> chosen.create(provider)));
				}
			};
		}

	}

	/**
	 * A query enhancer that parses its query the first time an answer needs the parse.
	 */
	record Deferred(QueryProvider query, Supplier<QueryEnhancer> parsed) implements QueryEnhancer {

		@Override
		public boolean isSelectQuery() {
			return this.parsed.get().isSelectQuery();
		}

		@Override
		public boolean hasConstructorExpression() {
			return this.parsed.get().hasConstructorExpression();
		}

		@Override
		public String detectAlias() {
			return this.parsed.get().detectAlias();
		}

		@Override
		public String getProjection() {
			return this.parsed.get().getProjection();
		}

		@Override
		public QueryProvider getQuery() {
			// The query as written: the parser would only print it again, token by token.
			return this.query;
		}

		@Override
		public String rewrite(QueryRewriteInformation rewriteInformation) {
			return this.parsed.get().rewrite(rewriteInformation);
		}

		@Override
		public String createCountQueryFor(String countProjection) {
			return this.parsed.get().createCountQueryFor(countProjection);
		}

	}

}
