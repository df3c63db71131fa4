package uk.policenewsroom.releases;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.releases.ReleaseViews.ReleasePage;
import uk.policenewsroom.releases.ReleaseViews.RemovedPage;
import uk.policenewsroom.site.LondonTime;

/**
 * Sharing unpublished releases with journalists under embargo: making and cancelling
 * links in the press office, and what a link shows when it is opened. A link shows the
 * embargoed release only before publication, and never once cancelled or expired; after
 * publication it sends readers to the live page, and after a removal for legal reasons it
 * shows the removal notice only.
 */
@Component
@Transactional
public class EmbargoSharing {

	private final Releases releases;

	private final EmbargoLinks links;

	private final ReleaseFinder pages;

	private final AuditLog audit;

	private final Clock clock;

	EmbargoSharing(Releases releases, EmbargoLinks links, ReleaseFinder pages, AuditLog audit, Clock clock) {
		this.releases = releases;
		this.links = links;
		this.pages = pages;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new link to the release; its secret is returned once and never kept. */
	public String share(PressOfficer by, long releaseId, EmbargoLinkForm form) {
		Release release = find(releaseId);
		release.require(ReleaseAction.SHARE_PREVIEW, Actor.of(by));
		EmbargoLink.Issued issued = EmbargoLink.issue(releaseId, Actor.of(by), form.getRecipient(), form.getExpiry(),
				this.clock);
		this.links.save(issued.link());
		this.audit.record(by, "PREVIEW_LINK_CREATED", "release", releaseId, release.getTitle(),
				describe(issued.link()));
		return issued.token();
	}

	public void cancel(PressOfficer by, long releaseId, long linkId) {
		Release release = find(releaseId);
		EmbargoLink link = this.links.findById(linkId)
			.filter((found) -> found.getReleaseId() == releaseId)
			.orElseThrow(() -> new NoSuchRelease(releaseId));
		link.cancel(Actor.of(by), release.getAuthorId(), this.clock);
		this.audit.record(by, "PREVIEW_LINK_CANCELLED", "release", releaseId, release.getTitle(), describe(link));
	}

	/**
	 * What the link with this token shows now, counting the opening unless the press
	 * office itself is looking.
	 */
	public Opening open(String token, boolean countOpening) {
		if (token.length() > EmbargoLink.MAX_TOKEN_LENGTH) {
			return new Opening.Unknown();
		}
		EmbargoLink link = this.links.findByTokenHash(EmbargoLink.hash(token)).orElse(null);
		Release release = (link != null) ? this.releases.findById(link.getReleaseId()).orElse(null) : null;
		if (link == null || release == null) {
			return new Opening.Unknown();
		}
		Instant now = this.clock.instant();
		Opening opening = switch (link.showsAt(release, now)) {
			case NOTHING_CANCELLED -> new Opening.Ended(true);
			case NOTHING_EXPIRED -> new Opening.Ended(false);
			case LIVE_PAGE -> new Opening.Live(release.getSlug());
			case REMOVAL_NOTICE ->
				new Opening.Removed(new RemovedPage(release.getRemovalNotice(), LondonTime.of(release.getRemovedAt())));
			case RELEASE -> new Opening.Embargoed(this.pages.page(release), LondonTime.of(release.getScheduledAt()));
		};
		if (countOpening && !(opening instanceof Opening.Ended)) {
			this.links.countOpening(link.getId(), now);
		}
		return opening;
	}

	private Release find(long id) {
		return this.releases.findById(id).orElseThrow(() -> new NoSuchRelease(id));
	}

	private static String describe(EmbargoLink link) {
		String expiry = (link.getExpiresAt() != null) ? "until " + LondonTime.of(link.getExpiresAt()).text()
				: "until publication";
		return ((link.getRecipient() != null) ? "For " + link.getRecipient() + ", " : "") + expiry;
	}

	/** What an embargo link shows when opened. */
	public sealed interface Opening {

		/**
		 * The release under embargo, with its scheduled time ({@code until} is null when
		 * it is not scheduled yet).
		 */
		record Embargoed(ReleasePage release, LondonTime.Shown until) implements Opening {

		}

		/** Published: readers go to the live page (withdrawn or not). */
		record Live(String slug) implements Opening {

		}

		/** Removed for legal reasons: only the notice, never the release. */
		record Removed(RemovedPage notice) implements Opening {

		}

		/** Cancelled by the press office, or expired before publication. */
		record Ended(boolean cancelled) implements Opening {

		}

		/** Not a link we made, or its release was deleted. */
		record Unknown() implements Opening {

		}

	}

}
