package uk.policenewsroom.releases;

import java.io.IOException;
import java.io.InputStream;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	private final ReviewPage reviewPage;

	ReleaseImageController(Drafting drafting, ReviewPage reviewPage) {
		this.drafting = drafting;
		this.reviewPage = reviewPage;
	}

	@PostMapping("/press-office/releases/{id}/image")
	String image(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid @ModelAttribute("imageForm") ImageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) throws IOException {
		return upload(officer, id, false, form, result, model, redirect);
	}

	@PostMapping("/press-office/releases/{id}/correct/image")
	String correctImage(@AuthenticationPrincipal PressOfficer officer, @PathVariable long id,
			@Valid @ModelAttribute("imageForm") ImageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) throws IOException {
		return upload(officer, id, true, form, result, model, redirect);
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

	/**
	 * Stores the image, or shows the release's page again with what is wrong at its
	 * field: no file, a file that is not a picture we take, no description, words too
	 * long.
	 */
	private String upload(PressOfficer officer, long id, boolean correcting, ImageForm form, BindingResult result,
			Model model, RedirectAttributes redirect) throws IOException {
		if (!form.hasFile()) {
			result.rejectValue("file", "required", "Choose an image file to upload");
		}
		if (!result.hasErrors()) {
			try (InputStream upload = form.getFile().getInputStream()) {
				this.drafting.showImage(officer, id, form.getVersion(), correcting, upload, form.getFile().getSize(),
						form.getAlt(), orEmpty(form.getCaption()), orEmpty(form.getCredit()));
				redirect.addFlashAttribute("notice",
						correcting ? "Image changed on the published release" : "Image added");
				return back(id);
			}
			catch (ImageRefusedException problem) {
				result.rejectValue("file", "refused", problem.getMessage());
			}
			catch (WorkflowException problem) {
				if (problem.refusal() != WorkflowException.Refusal.INCOMPLETE) {
					throw problem;
				}
				result.reject("incomplete", problem.getMessage());
			}
		}
		return this.reviewPage.again(officer, id, model);
	}

	private static String orEmpty(String words) {
		return (words != null) ? words : "";
	}

	private static String back(long id) {
		return "redirect:/press-office/releases/" + id + "#image";
	}

}
