package uk.policenewsroom.releases;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockMultipartFile;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The paths an attacker, or a hurried officer, would try against the second pair of eyes
 * and the confirmation of irreversible steps, over HTTP.
 */
@NewsroomTest
class SecondPairOfEyesTests extends PressOfficeWebTests {

	private PressOfficer otherEditor;

	@BeforeEach
	void morePeople() {
		this.otherEditor = this.data.officer(Role.EDITOR);
	}

	@Test
	void anEditorWhoWroteAReleaseCannotScheduleItAfterAWriterSubmitsIt() throws Exception {
		long id = this.office.create(this.editor, "Written by an editor");
		this.office.submit(this.writer, id);
		this.mvc.perform(schedule(this.editor, id))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("You wrote, edited or submitted this release")));
		this.office.publish(this.editor, id).andExpect(status().isForbidden());
		assertThat(this.office.statusOf(id)).isEqualTo("SUBMITTED");
		this.mvc.perform(get("/press-office/releases/{id}/confirm-publish", id).with(user(this.editor)))
			.andExpect(status().isForbidden());
		this.mvc.perform(schedule(this.otherEditor, id))
			.andExpect(flash().attribute("notice", containsString("Scheduled")));
		assertThat(this.office.statusOf(id)).isEqualTo("SCHEDULED");
	}

	@Test
	void anEditorWhoEditedSomebodyElsesSubmissionCannotThenScheduleOrPublishIt() throws Exception {
		long id = this.office.create(this.writer, "Written by a writer");
		this.office.submit(this.writer, id);
		this.office.save(this.editor, id, "Written by a writer", "Quietly changed by the editor");
		this.mvc.perform(schedule(this.editor, id)).andExpect(status().isForbidden());
		this.office.publish(this.editor, id).andExpect(status().isForbidden());
		assertThat(this.office.statusOf(id)).isEqualTo("SUBMITTED");
		this.mvc.perform(get("/press-office/releases/{id}", id).with(user(this.otherEditor)))
			.andExpect(content().string(containsString("Wrote, edited or submitted since the last review")));
		this.office.publish(this.otherEditor, id).andExpect(flash().attribute("notice", "Published"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "publish", "schedule" })
	void aDecisionCarryingTheVersionFromBeforeTheWriterSavedIsRefusedWithTheDifferences(String step) throws Exception {
		long id = this.office.create(this.writer, "Appeal", "The words the editor read");
		this.office.submit(this.writer, id);
		long seenVersion = this.office.version(id);
		int seenRevision = this.office.revision(id);
		this.office.save(this.writer, id, "Appeal", "Different words nobody reviewed");
		var decision = this.office.decide(this.otherEditor, id, step, seenVersion, seenRevision)
			.param("confirmed", "true");
		if (step.equals("schedule")) {
			decision.param("dateDay", "1")
				.param("dateMonth", "1")
				.param("dateYear", "2099")
				.param("hour", "9")
				.param("minute", "0");
		}
		this.mvc.perform(decision)
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("The release changed after you opened it"),
					containsString("The words the editor read"), containsString("Different words nobody reviewed"),
					containsString("<del>"), containsString("<ins>"))));
		assertThat(this.office.statusOf(id)).isEqualTo("SUBMITTED");
		assertThat(this.office.steps(id)).containsExactly("SUBMITTED");
	}

	@Test
	void anApprovalCarryingAStaleVersionIsRefused() throws Exception {
		long id = this.office.create(this.writer, "Urgent");
		this.mvc.perform(this.office.decide(this.editor, id, "publish-without-review")
			.param("confirmed", "true")
			.param("text", "Cannot wait"));
		long seen = this.office.version(id);
		int seenRevision = this.office.revision(id);
		this.mvc.perform(post("/press-office/releases/{id}/correct", id).with(csrf())
			.with(user(this.editor))
			.param("title", "Urgent")
			.param("summary", "Summary of Urgent")
			.param("body", "Changed after the approver opened it")
			.param("category", "news")
			.param("changeNote", "Changed")
			.param("version", Long.toString(seen)));
		this.mvc.perform(this.office.decide(this.otherEditor, id, "approve", seen, seenRevision))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Changed after the approver opened it")));
		assertThat(this.jdbc.queryForObject("select unreviewed_reason from releases where id = ?", String.class, id))
			.isEqualTo("Cannot wait");
	}

	@Test
	void aWorkflowPostWithoutAVersionIsRefused() throws Exception {
		long id = this.office.create(this.writer, "No version");
		this.mvc.perform(post("/press-office/releases/{id}/submit", id).with(csrf()).with(user(this.writer)))
			.andExpect(status().isConflict());
		assertThat(this.office.statusOf(id)).isEqualTo("DRAFT");
	}

	@Test
	void aWriterCannotChangeTheImageAltTextOrCaptionOfAPublishedRelease() throws Exception {
		long id = this.office.create(this.writer, "Live appeal");
		this.office.submit(this.writer, id);
		this.office.publish(this.editor, id);
		for (String path : new String[] { "image", "correct/image" }) {
			this.mvc.perform(upload(this.writer, id, path, "A new description", "A new caption"))
				.andExpect(status().isForbidden());
		}
		for (String path : new String[] { "image/remove", "correct/image/remove" }) {
			this.mvc
				.perform(post("/press-office/releases/{id}/" + path, id).with(csrf())
					.with(user(this.writer))
					.param("version", Long.toString(this.office.version(id))))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/press-office/releases/{id}/correct", id).with(csrf())
				.with(user(this.writer))
				.param("title", "Writer's change")
				.param("summary", "s")
				.param("category", "news")
				.param("version", Long.toString(this.office.version(id))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/press-office/releases/{id}", id).with(csrf())
				.with(user(this.writer))
				.param("title", "Writer's change")
				.param("summary", "s")
				.param("category", "news")
				.param("version", Long.toString(this.office.version(id))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/press-office/releases/{id}/edit", id).with(user(this.writer)))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select lead_image_id from releases where id = ?", Long.class, id))
			.isNull();
		assertThat(this.jdbc.queryForObject("select title from releases where id = ?", String.class, id))
			.isEqualTo("Live appeal");

		this.mvc.perform(upload(this.editor, id, "correct/image", "Officers at the scene", "Caption"))
			.andExpect(flash().attribute("notice", "Image changed on the published release"));
		assertThat(this.jdbc.queryForObject("select lead_image_caption from releases where id = ?", String.class, id))
			.isEqualTo("Caption");
		this.mvc.perform(upload(this.writer, id, "correct/image", "Changed by the writer", "Writer caption"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select lead_image_caption from releases where id = ?", String.class, id))
			.isEqualTo("Caption");
	}

	@ParameterizedTest
	@ValueSource(strings = { "publish", "publish-without-review", "withdraw", "remove", "delete" })
	void aForgedPostThatSkipsTheConfirmationPageIsSentToItAndChangesNothing(String step) throws Exception {
		long id = this.office.create(this.writer, "Forged");
		this.office.submit(this.writer, id);
		if (step.equals("withdraw") || step.equals("remove")) {
			this.office.publish(this.editor, id);
		}
		if (step.equals("delete")) {
			this.mvc.perform(this.office.decide(this.editor, id, "reject").param("text", "No"));
		}
		String before = this.office.statusOf(id);
		int rows = this.office.steps(id).size();
		this.mvc
			.perform(this.office.decide(this.otherEditor, id, step)
				.param("reason", "COURT_ORDER")
				.param("text", "Forged words"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(step.equals("withdraw") || step.equals("remove")
					? "/press-office/releases/" + id + "/confirm-" + step + "?reason=COURT_ORDER"
					: "/press-office/releases/" + id + "/confirm-" + step));
		assertThat(this.office.statusOf(id)).isEqualTo(before);
		assertThat(this.office.steps(id)).hasSize(rows);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder schedule(PressOfficer who,
			long id) {
		return this.office.decide(who, id, "schedule")
			.param("dateDay", "1")
			.param("dateMonth", "1")
			.param("dateYear", "2099")
			.param("hour", "9")
			.param("minute", "0");
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(PressOfficer who,
			long id, String path, String alt, String caption) throws IOException {
		var builder = multipart("/press-office/releases/{id}/" + path, id)
			.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", jpeg()));
		builder.with(csrf())
			.with(user(who))
			.param("alt", alt)
			.param("caption", caption)
			.param("version", Long.toString(this.office.version(id)));
		return builder;
	}

	private static byte[] jpeg() throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

}
