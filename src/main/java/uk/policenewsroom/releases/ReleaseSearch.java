package uk.policenewsroom.releases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.releases.ReleaseViews.SearchPage;
import uk.policenewsroom.releases.ReleaseViews.SearchResult;
import uk.policenewsroom.site.LondonTime;

/**
 * Full-text search over what the public may read, with PostgreSQL's English search: a
 * generated, weighted {@code tsvector} (title, summary, body) and a GIN index
 * (docs/architecture.md, "Search").
 */
@Component
@Transactional(readOnly = true)
public class ReleaseSearch {

	public static final int PAGE_SIZE = 20;

	private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

	private final Releases releases;

	private final Clock clock;

	ReleaseSearch(Releases releases, Clock clock) {
		this.releases = releases;
		this.clock = clock;
	}

	/**
	 * Whether the words leave anything to search for once common words ("the", "of") are
	 * dropped.
	 */
	public boolean hasTerms(String words) {
		return this.releases.countTerms(words) > 0;
	}

	/**
	 * Page {@code number} (from 1) of the releases matching the words and filters, best
	 * first among the newest {@link Releases#SEARCH_WINDOW} matches; empty past the last
	 * page. Dates are days in London, both included; null means open-ended, and a blank
	 * category or area means any.
	 */
	public Optional<SearchPage> search(String words, String category, String area, LocalDate from, LocalDate to,
			int number) {
		if (number < 1) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		String categoryFilter = (category != null) ? category : "";
		String areaFilter = (area != null) ? area : "";
		Instant start = (from != null) ? from.atStartOfDay(LondonTime.ZONE).toInstant() : EARLIEST;
		Instant end = (to != null) ? to.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant() : LATEST;
		long offset = (long) (number - 1) * PAGE_SIZE;
		this.releases.planForTheseValues();
		List<Releases.SearchHit> hits = areaFilter.isEmpty()
				? this.releases.search(words, now, categoryFilter, start, end, Highlights.START, Highlights.STOP,
						Highlights.TITLE_OPTIONS, Highlights.SNIPPET_OPTIONS, PAGE_SIZE, offset)
				: this.releases.searchInArea(words, now, categoryFilter, areaFilter, start, end, Highlights.START,
						Highlights.STOP, Highlights.TITLE_OPTIONS, Highlights.SNIPPET_OPTIONS, PAGE_SIZE, offset);
		if (hits.isEmpty() && number > 1) {
			return Optional.empty();
		}
		long total = hits.isEmpty() ? 0 : hits.get(0).getCandidates();
		int totalPages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		Map<Long, Release> found = this.releases
			.findWithCategoryByIdIn(hits.stream().map(Releases.SearchHit::getId).toList())
			.stream()
			.collect(Collectors.toMap(Release::getId, Function.identity()));
		List<SearchResult> results = hits.stream().filter((hit) -> found.containsKey(hit.getId())).map((hit) -> {
			Release release = found.get(hit.getId());
			return new SearchResult(release.getSlug(), Highlights.toHtml(hit.getTitle()),
					Highlights.snippetToHtml(hit.getSnippet()), LondonTime.of(release.getPublishedAt()),
					release.getCategory().toView(), ReleaseFinder.areas(release));
		}).toList();
		return Optional.of(new SearchPage(results, number, totalPages, Math.min(total, Releases.SEARCH_WINDOW),
				total > Releases.SEARCH_WINDOW));
	}

}
