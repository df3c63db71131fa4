package uk.policenewsroom;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancer.QueryRewriteInformation;
import org.springframework.data.projection.SpelAwareProxyProjectionFactory;
import org.springframework.data.repository.query.ReturnedType;
import uk.policenewsroom.releases.Release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Spring Data's JPQL parsing runs when an answer needs it, not when a repository is made,
 * and gives the same answers as before.
 */
class RepositoryConfigurationTests {

	private static QueryEnhancer enhancerFor(String jpql) {
		DeclaredQuery query = DeclaredQuery.jpqlQuery(jpql);
		return new RepositoryConfiguration.OnFirstUse().select(query).create(query);
	}

	@Test
	void aQueryIsNotParsedWhenItsEnhancerIsMade() {
		// Not JPQL at all: the parser would refuse it at once.
		QueryEnhancer enhancer = enhancerFor("select r from Release r where and and");

		assertThat(enhancer.getQuery().getQueryString()).isEqualTo("select r from Release r where and and");
		assertThatException().isThrownBy(enhancer::detectAlias);
	}

	@Test
	void theAnswersThatNeedTheParseAreTheParsersOwn() {
		QueryEnhancer enhancer = enhancerFor("select r from Release r where r.slug = :slug");

		assertThat(enhancer.getQuery().getQueryString()).isEqualTo("select r from Release r where r.slug = :slug");
		assertThat(enhancer.detectAlias()).isEqualTo("r");
		assertThat(enhancer.hasConstructorExpression()).isFalse();
		assertThat(enhancer.createCountQueryFor(null)).containsIgnoringCase("select count(r)");
		assertThat(enhancer.rewrite(sortedBy(Sort.by("title")))).endsWith("order by r.title asc");
	}

	private static QueryRewriteInformation sortedBy(Sort sort) {
		ReturnedType type = ReturnedType.of(Release.class, Release.class, new SpelAwareProxyProjectionFactory());
		return new QueryRewriteInformation() {
			@Override
			public Sort getSort() {
				return sort;
			}

			@Override
			public ReturnedType getReturnedType() {
				return type;
			}
		};
	}

}
