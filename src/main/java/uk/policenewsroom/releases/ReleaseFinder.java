package uk.policenewsroom.releases;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.areas.Area;
import uk.policenewsroom.areas.AreaView;
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.OperationFinder;
import uk.policenewsroom.releases.ReleaseViews.NewsPage;
import uk.policenewsroom.releases.images.LeadImages;
import uk.policenewsroom.releases.ReleaseViews.ReleasePage;
import uk.policenewsroom.releases.ReleaseViews.ReleaseSummary;
import uk.policenewsroom.site.LondonTime;
import uk.policenewsroom.site.PublicContentChanged;
import uk.policenewsroom.site.TimedContent;

/**
 * Read side of releases for the public: only what is published by now, whatever its
 * status says, so a release never shows before its time. Every list uses
 * {@link Releases#PUBLICLY_LISTED}.
 */
@Component
@Transactional(readOnly = true)
public class ReleaseFinder implements TimedContent {

	public static final int PAGE_SIZE = 20;

	private final Releases releases;

	private final Categories categories;

	private final OperationFinder operations;

	private final LeadImages images;

	private final Areas areas;

	private final Clock clock;

	/**
	 * How many releases each filter finds, counted once per change of public content
	 * rather than on every page of every request.
	 */
	private final Cache<Filter, Long> counts = Caffeine.newBuilder().maximumSize(2_000).build();

	ReleaseFinder(Releases releases, Categories categories, OperationFinder operations, LeadImages images, Areas areas,
			Clock clock) {
		this.images = images;
		this.areas = areas;
		this.releases = releases;
		this.categories = categories;
		this.operations = operations;
		this.clock = clock;
	}

	/**
	 * Page {@code number} (from 1) of the published releases, or empty past the last
	 * page.
	 */
	public Optional<NewsPage> news(int number, String category, String area) {
		if (number < 1) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		long total = this.counts.get(new Filter(category, area),
				(filter) -> this.releases.countPublished(now, category, area));
		int totalPages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		if (number > totalPages) {
			return Optional.empty();
		}
		List<ReleaseSummary> releases = this.releases
			.findPublishedPage(now, category, area, (number - 1) * PAGE_SIZE, PAGE_SIZE)
			.stream()
			.map(ReleaseFinder::summary)
			.toList();
		return Optional.of(new NewsPage(releases, number, totalPages, total));
	}

	/** The newest releases, without counting the others. */
	public List<ReleaseSummary> latest(int count) {
		return latest(count, null, null);
	}

	/** The latest published releases of a category, an area, or both (null for any). */
	public List<ReleaseSummary> latest(int count, String category, String area) {
		return this.releases.findPublishedPage(this.clock.instant(), category, area, 0, count)
			.stream()
			.map(ReleaseFinder::summary)
			.toList();
	}

	@Override
	public Optional<Instant> nextChangeAfter(Instant now) {
		return this.releases.findNextPublicationAfter(now);
	}

	@EventListener
	void publicContentChanged(PublicContentChanged event) {
		this.counts.invalidateAll();
	}

	public Optional<AreaView> area(String slug) {
		return this.areas.findBySlug(slug).map(Area::toView);
	}

	/**
	 * A release's public page: published, or withdrawn with its notice; never before its
	 * time.
	 */
	public Optional<ReleasePage> published(String slug) {
		return this.releases.findBySlug(slug)
			.filter((release) -> release.hasPublicPageAt(this.clock.instant()))
			.map(this::page);
	}

	/**
	 * The public notice of a release removed for legal reasons: nothing else of it is
	 * shown, not even its title.
	 */
	public Optional<ReleaseViews.RemovedPage> removed(String slug) {
		return this.releases.findBySlug(slug)
			.filter(Release::isRemoved)
			.map((release) -> new ReleaseViews.RemovedPage(release.getRemovalNotice(),
					LondonTime.of(release.getRemovedAt())));
	}

	/** The current address of a release that used to live at this one. */
	public Optional<String> movedTo(String oldSlug) {
		return this.releases.findSlugByOldSlug(oldSlug);
	}

	/**
	 * A release as its public page shows it, whatever its state: for embargo links and
	 * the press office's review page, which show it before publication.
	 */
	ReleasePage page(Release release) {
		return new ReleasePage(release.getSlug(), release.getTitle(), release.getSummary(),
				ReleaseBody.toHtml(release.getBody()), LondonTime.of(release.getPublishedAt()),
				LondonTime.of(release.getPublicUpdatedAt()), release.getCategory().toView(), areas(release),
				(release.getOperationId() != null)
						? this.operations.publicSummary(release.getOperationId()).orElse(null) : null,
				LondonTime.of(release.getWithdrawnAt()), release.getWithdrawalExplanation(),
				release.getChangeNotes()
					.stream()
					.map((note) -> new ReleaseViews.Note(LondonTime.of(note.getNotedAt()), note.getNote()))
					.toList(),
				picture(release, this.images));
	}

	static ReleaseViews.Picture picture(Release release, LeadImages images) {
		LeadImage lead = release.getLeadImage();
		if (lead == null) {
			return null;
		}
		return images.byId(lead.imageId())
			.map((view) -> new ReleaseViews.Picture(view.url(), view.width(), view.height(), lead.alt(), lead.caption(),
					lead.credit()))
			.orElse(null);
	}

	/** Every area, by name, for filters. */
	public List<AreaView> areaChoices() {
		return this.areas.findAllByOrderByNameAsc().stream().map(Area::toView).toList();
	}

	public List<CategoryView> categories() {
		return this.categories.findAllByOrderByPositionAsc().stream().map(Category::toView).toList();
	}

	private static ReleaseSummary summary(Release release) {
		return new ReleaseSummary(release.getSlug(), release.getTitle(), release.getSummary(),
				LondonTime.of(release.getPublishedAt()), release.getCategory().toView(), areas(release));
	}

	private record Filter(String category, String area) {
	}

	static List<AreaView> areas(Release release) {
		return release.getAreas().stream().sorted(Comparator.comparing(Area::getName)).map(Area::toView).toList();
	}

}
