package uk.policenewsroom.releases;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.releases.images.ImageRefusedException;

/**
 * A release's lead image in the press office. An unpublished release's image is changed
 * at {@code /image}; a published one's is an editor's correction, at
 * {@code /correct/image}, which the security configuration keeps to editors, and which
 * the aggregate refuses to writers as well.
 */
@Controller
class ReleaseImageController {

	private final Drafting drafting;

	ReleaseImageController(Drafting drafting) {
		this.drafting = drafting;
	}

	@PostMapping("/press-office/releases/{id}/image")
	String image(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String alt,
			@RequestParam(defaultValue = "") String caption, @RequestParam(defaultValue = "") String credit,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) throws IOException {
		return upload(officer, id, false, file, alt, caption, credit, version, redirect);
	}

	@PostMapping("/press-office/releases/{id}/correct/image")
	String correctImage(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String alt,
			@RequestParam(defaultValue = "") String caption, @RequestParam(defaultValue = "") String credit,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) throws IOException {
		return upload(officer, id, true, file, alt, caption, credit, version, redirect);
	}

	@PostMapping("/press-office/releases/{id}/image/remove")
	String removeImage(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		this.drafting.removeImage(officer, id, version, false);
		redirect.addFlashAttribute("notice", "Image removed");
		return back(id);
	}

	@PostMapping("/press-office/releases/{id}/correct/image/remove")
	String correctRemoveImage(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		this.drafting.removeImage(officer, id, version, true);
		redirect.addFlashAttribute("notice", "Image removed from the published release");
		return back(id);
	}

	private String upload(PressOfficer officer, long id, boolean correcting, MultipartFile file, String alt,
			String caption, String credit, Long version, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem", "Choose an image file to upload");
			return back(id);
		}
		if (alt.length() > 300 || caption.length() > 500 || credit.length() > 200) {
			redirect.addFlashAttribute("problem",
					"Keep the description under 300 characters, the caption under 500 and the credit under 200");
			return back(id);
		}
		try (InputStream upload = file.getInputStream()) {
			this.drafting.showImage(officer, id, version, correcting, upload, file.getSize(), alt, caption, credit);
			redirect.addFlashAttribute("notice", correcting ? "Image changed on the published release" : "Image added");
		}
		catch (ImageRefusedException problem) {
			redirect.addFlashAttribute("problem", problem.getMessage());
		}
		catch (WorkflowException problem) {
			if (problem.refusal() != WorkflowException.Refusal.INCOMPLETE) {
				throw problem;
			}
			redirect.addFlashAttribute("problem", problem.getMessage());
		}
		return back(id);
	}

	private static String back(long id) {
		return "redirect:/press-office/releases/" + id + "#image";
	}

}
