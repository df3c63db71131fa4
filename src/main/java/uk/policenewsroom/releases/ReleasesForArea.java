package uk.policenewsroom.releases;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import uk.policenewsroom.areas.AreaContent;
import uk.policenewsroom.areas.AreaView;
import uk.policenewsroom.site.FeedLink;

/** An area's latest news and appeals, and the feed to follow them. */
@Component
class ReleasesForArea implements AreaContent {

	static final int LATEST = 10;

	static final int APPEALS = 5;

	private final ReleaseFinder finder;

	ReleasesForArea(ReleaseFinder finder) {
		this.finder = finder;
	}

	@Override
	public void addTo(AreaView area, Model model) {
		model.addAttribute("news", this.finder.latest(LATEST, null, area.slug()));
		model.addAttribute("appeals", this.finder.latest(APPEALS, "appeal", area.slug()));
		model.addAttribute("feed", FeedLink.news(null, area.slug(), "news in " + area.name()));
		model.addAttribute("appealsFeed", FeedLink.news("appeal", area.slug(), "appeals in " + area.name()));
	}

}
