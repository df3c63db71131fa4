package uk.policenewsroom.releases;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the {@link ReleaseStatusChanged} events a release queued, inside the
 * transaction that writes its status-change rows, so a listener that fails undoes the
 * change and a transactional listener hears only of committed ones.
 */
@Component
class StatusEvents {

	private final ApplicationEventPublisher publisher;

	StatusEvents(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void publish(Release release) {
		release.takeEvents().forEach(this.publisher::publishEvent);
	}

}
