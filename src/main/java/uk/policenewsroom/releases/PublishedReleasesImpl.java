package uk.policenewsroom.releases;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

class PublishedReleasesImpl implements PublishedReleases {

	private final EntityManager entities;

	PublishedReleasesImpl(EntityManager entities) {
		this.entities = entities;
	}

	/**
	 * The page's ids first, from the index alone (no row is read for the releases skipped
	 * on a deep page), then those releases.
	 */
	@Override
	public List<Release> findPublishedPage(Instant now, String category, String area, int offset, int limit) {
		List<Long> ids = bind(this.entities.createQuery(
				"select r.id from Release r where " + where(category, area) + " order by r.publishedAt desc, r.id desc",
				Long.class), now, category, area)
			.setFirstResult(offset)
			.setMaxResults(limit)
			.getResultList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Release> byId = new HashMap<>();
		this.entities.createQuery("select r from Release r join fetch r.category where r.id in :ids", Release.class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach((release) -> byId.put(release.getId(), release));
		return ids.stream().map(byId::get).toList();
	}

	@Override
	public long countPublished(Instant now, String category, String area) {
		return bind(
				this.entities.createQuery("select count(r) from Release r where " + where(category, area), Long.class),
				now, category, area)
			.getSingleResult();
	}

	@Override
	public Optional<Instant> findNextPublicationAfter(Instant now) {
		return Optional.ofNullable(
				this.entities
					.createQuery(
							"select min(r.publishedAt) from Release r where r.status = "
									+ "uk.policenewsroom.releases.ReleaseStatus.PUBLISHED and r.publishedAt > :now",
							Instant.class)
					.setParameter("now", now)
					.getSingleResult());
	}

	private static String where(String category, String area) {
		StringBuilder where = new StringBuilder(Releases.PUBLICLY_LISTED);
		if (category != null) {
			where.append(" and r.category = (select c from Category c where c.slug = :category)");
		}
		if (area != null) {
			where.append(
					" and exists (select 1 from r.areas a where a.id = (select b.id from Area b where b.slug = :area))");
		}
		return where.toString();
	}

	private static <T> TypedQuery<T> bind(TypedQuery<T> query, Instant now, String category, String area) {
		query.setParameter("now", now);
		if (category != null) {
			query.setParameter("category", category);
		}
		if (area != null) {
			query.setParameter("area", area);
		}
		return query;
	}

}
