package uk.policenewsroom.releases;

import java.util.List;

import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.site.LondonTime;

/**
 * What the editor's script asks while the officer types: autosave the words, and say who
 * else has the editor open. Both are posts with the page's CSRF token, under the same
 * role rules, body limit and workflow rules as a save; they answer JSON, and a signed-out
 * browser gets no JSON at all (its token is refused), which the script takes to mean that
 * the session has ended.
 */
@RestController
class ReleaseAutosaveController {

	private static final Logger log = LoggerFactory.getLogger(ReleaseAutosaveController.class);

	private final Drafting drafting;

	private final OpenEditors openEditors;

	private final PressOfficeFinder finder;

	ReleaseAutosaveController(Drafting drafting, OpenEditors openEditors, PressOfficeFinder finder) {
		this.drafting = drafting;
		this.openEditors = openEditors;
		this.finder = finder;
	}

	@PostMapping("/press-office/releases/{id}/autosave")
	ResponseEntity<Answer> autosave(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid @ModelAttribute ReleaseForm form, BindingResult result) {
		if (result.hasErrors()) {
			return answer(
					HttpStatus.UNPROCESSABLE_CONTENT, "Not autosaved: "
							+ result.getAllErrors().get(0).getDefaultMessage() + ". Your words are still in this page.",
					id, officer, null);
		}
		try {
			Release release = this.drafting.autosave(officer, id, form);
			return answer(HttpStatus.OK, "Autosaved at " + LondonTime.of(release.getModifiedAt()).text(), id, officer,
					release);
		}
		catch (NoSuchRelease gone) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(new Answer("This release no longer exists.", null, null, List.of()));
		}
		catch (StaleVersion | OptimisticLockingFailureException conflict) {
			return answer(HttpStatus.CONFLICT,
					"Not autosaved: somebody else saved this release after you opened it. Save, and you will be shown both versions to choose from.",
					id, officer, null);
		}
		catch (FormProblem problem) {
			return answer(HttpStatus.UNPROCESSABLE_CONTENT,
					"Not autosaved: " + problem.getMessage() + ". Your words are still in this page.", id, officer,
					null);
		}
		catch (WorkflowException refused) {
			HttpStatus status = switch (refused.refusal()) {
				case NOT_YOURS -> HttpStatus.FORBIDDEN;
				case NOT_NOW -> HttpStatus.CONFLICT;
				case INCOMPLETE -> HttpStatus.UNPROCESSABLE_CONTENT;
			};
			return ResponseEntity.status(status)
				.body(new Answer("Not autosaved: " + refused.getMessage(), null, null, List.of()));
		}
		catch (DataAccessException | TransactionException failure) {
			log.warn("Release {} not autosaved: the database failed: {}", id, failure.toString());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.body(new Answer("Not autosaved: the service has a problem. Your words are still in this page.", null,
						null, List.of()));
		}
	}

	/** The editor's heartbeat: it is still open, and who else has theirs open. */
	@PostMapping("/press-office/releases/{id}/editors")
	ResponseEntity<Answer> editors(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id) {
		if (this.finder.overview(id, Actor.of(officer)).isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(new Answer("This release no longer exists.", null, null, List.of()));
		}
		return ResponseEntity.ok(new Answer(null, null, null, this.openEditors.open(id, officer)));
	}

	private ResponseEntity<Answer> answer(HttpStatus status, String message, long id, PressOfficer officer,
			Release saved) {
		List<String> editors;
		try {
			editors = this.openEditors.open(id, officer);
		}
		catch (DataAccessException | TransactionException failure) {
			editors = List.of();
		}
		return ResponseEntity.status(status)
			.body(new Answer(message, (saved != null) ? saved.getVersion() : null,
					(saved != null) ? saved.getRevision() : null, editors));
	}

	/**
	 * What the script is told: a message for the officer, the version and revision the
	 * form now stands on after an autosave, and who else has the editor open.
	 */
	record Answer(String message, Long version, Integer revision, List<String> editors) {

	}

}
