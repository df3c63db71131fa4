package uk.policenewsroom.feedback;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.site.PageNumber;

/**
 * The read side of the feedback inbox: newest first, narrowed by an {@link InboxFilter}.
 */
@Component
@Transactional(readOnly = true)
class FeedbackFinder {

	static final int PAGE_SIZE = 50;

	private final FeedbackItems items;

	FeedbackFinder(FeedbackItems items) {
		this.items = items;
	}

	/** One page of the inbox. */
	Page<FeedbackView> inbox(InboxFilter filter, PageNumber page) {
		return this.items.search(filter, page.of(PAGE_SIZE)).map(FeedbackView::of);
	}

	/** Everything the filter matches, for the CSV export. */
	List<FeedbackView> all(InboxFilter filter) {
		return this.items.searchAll(filter).stream().map(FeedbackView::of).toList();
	}

}
