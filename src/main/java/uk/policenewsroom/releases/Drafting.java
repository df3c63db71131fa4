package uk.policenewsroom.releases;

import java.io.InputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.Operations;
import uk.policenewsroom.releases.images.ImageUploads;
import uk.policenewsroom.releases.images.StoredImage;
import uk.policenewsroom.site.Slugs;

/**
 * Writing releases: creating drafts, saving changes (a draft's revision or a published
 * release's correction, on one path, with a check that nobody else saved in between), the
 * lead image, deleting drafts, and sharing preview links. Every change of words or image
 * leaves a revision and every action an audit line; the rules are on {@link Release}.
 */
@Component
@Transactional
public class Drafting {

	private final Releases releases;

	private final Categories categories;

	private final Areas areas;

	private final Operations operations;

	private final Revisions revisions;

	private final AuditLog audit;

	private final ImageUploads images;

	private final StatusEvents events;

	private final Clock clock;

	Drafting(Releases releases, Categories categories, Areas areas, Operations operations, Revisions revisions,
			AuditLog audit, ImageUploads images, StatusEvents events, Clock clock) {
		this.images = images;
		this.releases = releases;
		this.categories = categories;
		this.areas = areas;
		this.operations = operations;
		this.revisions = revisions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public Release create(PressOfficer by, ReleaseForm form) {
		Release.Content content = content(form);
		String slug = (form.getSlug() == null || form.getSlug().isBlank())
				? Slugs.unique(content.title(), this.releases::isSlugTaken) : freeSlug(form.getSlug(), null);
		Release release = this.releases.saveAndFlush(Release.draft(slug, content, by.id(), this.clock));
		this.revisions.record(release, by, "Created", false);
		this.audit.record(by, "RELEASE_CREATED", "release", release.getId(), release.getTitle(), null);
		return release;
	}

	/**
	 * Saves changes, unless somebody else saved first: to an unpublished release, a
	 * revision; to a published one, an editor's correction, which readers see at once.
	 */
	public Release save(PressOfficer by, long id, ReleaseForm form) {
		Release release = find(id);
		release.requireSeen(form.getVersion(), form.getRevision());
		boolean correcting = release.getStatus() == ReleaseStatus.PUBLISHED;
		if (correcting) {
			release.correct(Actor.of(by), content(form), form.getChangeNote(), form.isMinor(), this.clock);
		}
		else {
			release.revise(Actor.of(by), content(form), this.clock);
		}
		if (form.getSlug() != null && !form.getSlug().isBlank()) {
			release.changeSlug(freeSlug(form.getSlug(), release));
		}
		this.releases.saveAndFlush(release);
		String what = !correcting ? "Saved" : form.isMinor() ? "Minor correction" : "Updated: " + form.getChangeNote();
		this.revisions.record(release, by, what, correcting && form.isMinor());
		this.audit.record(by,
				!correcting ? "RELEASE_SAVED" : form.isMinor() ? "RELEASE_CORRECTED_MINOR" : "RELEASE_UPDATED",
				"release", id, release.getTitle(), (correcting && !form.isMinor()) ? form.getChangeNote() : null);
		this.events.publish(release);
		return release;
	}

	/**
	 * The editor's autosave of an unpublished release: the same checks as {@link #save}
	 * (the version the officer started from, the workflow's rules, the form's), leaving a
	 * revision marked as autosaved. No audit line: the revision records who and when, and
	 * an autosave every few seconds would bury the log.
	 * @return the release as it is now, for the editor to carry on from
	 */
	public Release autosave(PressOfficer by, long id, ReleaseForm form) {
		Release release = find(id);
		release.requireSeen(form.getVersion(), form.getRevision());
		boolean changed = release.autosave(Actor.of(by), content(form), this.clock);
		if (form.getSlug() != null && !form.getSlug().isBlank() && !form.getSlug().equals(release.getSlug())) {
			release.changeSlug(freeSlug(form.getSlug(), release));
			if (!changed) {
				release.revise(Actor.of(by), release.content(), this.clock);
				changed = true;
			}
		}
		if (changed) {
			this.releases.saveAndFlush(release);
			this.revisions.recordAutosave(release, by);
			this.events.publish(release);
		}
		return release;
	}

	public void delete(PressOfficer by, long id, Long seenVersion) {
		Release release = find(id);
		release.requireSeen(seenVersion, null);
		release.delete(Actor.of(by), this.clock);
		this.audit.record(by, "RELEASE_DELETED", "release", id, release.getTitle(), null);
		this.events.publish(release);
		this.releases.delete(release);
	}

	/** Checks, re-encodes and stores an uploaded picture, and makes it the lead image. */
	public void showImage(PressOfficer by, long id, Long seenVersion, boolean correcting, InputStream upload, long size,
			String alt, String caption, String credit) {
		Release release = find(id);
		requireImageAddress(release, correcting);
		release.requireSeen(seenVersion, null);
		release.require(ReleaseAction.CHANGE_IMAGE, Actor.of(by));
		LeadImage checked = new LeadImage(0, alt, caption, credit);
		StoredImage image = this.images.accept(upload, size);
		release.showImage(Actor.of(by), new LeadImage(image.id(), checked.alt(), checked.caption(), checked.credit()),
				this.clock);
		this.releases.saveAndFlush(release);
		this.revisions.record(release, by, "Lead image set", false);
		this.audit.record(by, "RELEASE_IMAGE_SET", "release", id, release.getTitle(),
				"Image " + image.id() + ", alt text: " + checked.alt());
		this.events.publish(release);
	}

	public void removeImage(PressOfficer by, long id, Long seenVersion, boolean correcting) {
		Release release = find(id);
		requireImageAddress(release, correcting);
		release.requireSeen(seenVersion, null);
		release.removeImage(Actor.of(by), this.clock);
		this.releases.saveAndFlush(release);
		this.revisions.record(release, by, "Lead image removed", false);
		this.audit.record(by, "RELEASE_IMAGE_REMOVED", "release", id, release.getTitle(), null);
		this.events.publish(release);
	}

	/**
	 * A published release's image is changed only through the correction address, which
	 * only editors reach; an unpublished one's only through the drafting address.
	 */
	private static void requireImageAddress(Release release, boolean correcting) {
		boolean published = release.getStatus() == ReleaseStatus.PUBLISHED;
		if (published && !correcting) {
			throw new WorkflowException(WorkflowException.Refusal.NOT_YOURS,
					"The image of a published release is changed by an editor's correction");
		}
		if (!published && correcting) {
			throw new WorkflowException("Only a published release is corrected");
		}
	}

	/** The editor's form filled from the release as saved now. */
	@Transactional(readOnly = true)
	public ReleaseForm formFor(long id) {
		return ReleaseForm.of(find(id));
	}

	Release find(long id) {
		return this.releases.findById(id).orElseThrow(() -> new NoSuchRelease(id));
	}

	/** Turns the form into content, checking what only the database knows. */
	Release.Content content(ReleaseForm form) {
		Category category = this.categories.findBySlug(Objects.requireNonNullElse(form.getCategory(), ""))
			.orElseThrow(() -> new FormProblem("category", "Choose a category from the list"));
		List<Area> chosen = this.areas.findAllById(form.getAreas());
		if (chosen.size() != new HashSet<>(form.getAreas()).size()) {
			throw new FormProblem("areas", "Choose areas from the list");
		}
		if (form.getOperationId() != null && !this.operations.existsById(form.getOperationId())) {
			throw new FormProblem("operationId", "Choose an operation from the list");
		}
		try {
			return new Release.Content(form.getTitle(), form.getSummary(), form.getBody(), category, Set.copyOf(chosen),
					form.getOperationId());
		}
		catch (IllegalArgumentException ex) {
			throw new FormProblem("title", ex.getMessage());
		}
	}

	String freeSlug(String slug, Release release) {
		if (release != null && slug.equals(release.getSlug())) {
			return slug;
		}
		boolean ownOldSlug = release != null && this.releases.findSlugByOldSlug(slug)
			.map((current) -> current.equals(release.getSlug()))
			.orElse(false);
		if (!ownOldSlug && this.releases.isSlugTaken(slug)) {
			throw new FormProblem("slug", "Another release already uses that address");
		}
		return slug;
	}

}
