package uk.policenewsroom.releases;

import java.io.InputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import uk.policenewsroom.accounts.AuditLog;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.Operations;
import uk.policenewsroom.releases.images.ImageUploads;
import uk.policenewsroom.releases.images.StoredImage;
import uk.policenewsroom.site.Slugs;

/**
 * Writing releases: creating drafts, saving changes (with a check that nobody else saved
 * in between), deleting drafts, and sharing preview links. Every save leaves a revision
 * and every action an audit line.
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

	private final Clock clock;

	Drafting(Releases releases, Categories categories, Areas areas, Operations operations, Revisions revisions,
			AuditLog audit, ImageUploads images, Clock clock) {
		this.images = images;
		this.releases = releases;
		this.categories = categories;
		this.areas = areas;
		this.operations = operations;
		this.revisions = revisions;
		this.audit = audit;
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

	/** Saves changes to an unpublished release, unless somebody else saved it first. */
	public Release save(PressOfficer by, long id, ReleaseForm form) {
		Release release = find(id);
		checkVersion(release, form);
		release.revise(content(form), this.clock);
		if (form.getSlug() != null && !form.getSlug().isBlank()) {
			release.changeSlug(freeSlug(form.getSlug(), release));
		}
		this.releases.saveAndFlush(release);
		this.revisions.record(release, by, "Saved", false);
		this.audit.record(by, "RELEASE_SAVED", "release", id, release.getTitle(), null);
		return release;
	}

	public void delete(PressOfficer by, long id) {
		Release release = find(id);
		if (!release.isDeletable()) {
			throw new WorkflowException("Only a draft or a rejected release can be deleted");
		}
		this.audit.record(by, "RELEASE_DELETED", "release", id, release.getTitle(), null);
		this.releases.delete(release);
	}

	/** Checks, re-encodes and stores an uploaded picture, and makes it the lead image. */
	public void showImage(PressOfficer by, long id, InputStream upload, long size, String alt, String caption,
			String credit) {
		Release release = find(id);
		LeadImage checked = new LeadImage(0, alt, caption, credit);
		StoredImage image = this.images.accept(upload, size);
		release.showImage(new LeadImage(image.id(), checked.alt(), checked.caption(), checked.credit()), this.clock);
		this.audit.record(by, "RELEASE_IMAGE_SET", "release", id, release.getTitle(),
				"Image " + image.id() + ", alt text: " + checked.alt());
	}

	public void removeImage(PressOfficer by, long id) {
		Release release = find(id);
		release.removeImage(this.clock);
		this.audit.record(by, "RELEASE_IMAGE_REMOVED", "release", id, release.getTitle(), null);
	}

	public String sharePreview(PressOfficer by, long id) {
		Release release = find(id);
		boolean isNew = release.getPreviewToken() == null;
		String token = release.sharePreview();
		if (isNew) {
			this.audit.record(by, "PREVIEW_LINK_CREATED", "release", id, release.getTitle(), null);
		}
		return token;
	}

	/** The editor's form filled from the release as saved now. */
	@Transactional(readOnly = true)
	public ReleaseForm formFor(long id) {
		return ReleaseForm.of(find(id));
	}

	void checkVersion(Release release, ReleaseForm form) {
		if (form.getVersion() == null || form.getVersion() != release.getVersion()) {
			throw new EditConflict(release);
		}
	}

	Release find(long id) {
		return this.releases.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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
