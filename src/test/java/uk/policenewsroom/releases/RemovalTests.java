package uk.policenewsroom.releases;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.operations.TallyKind;
import uk.policenewsroom.operations.TallyLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Removal for legal reasons, as a court would check it: the address answers 410 Gone with
 * only the notice, the image is no longer served, and the release is in no public list;
 * an editor can restore it.
 */
@NewsroomTest
class RemovalTests extends PressOfficeWebTests {

	private static final String TITLE = "Appeal to find Jordan Wells";

	private static final String SLUG = "appeal-to-find-jordan-wells";

	private long id;

	private String imageUrl;

	@BeforeEach
	void aPublishedAppealWithAPicture() throws Exception {
		long operation = this.data
			.operation("search-week", "Search Week", List.of(TallyLine.count(TallyKind.ARRESTS, 2)), Set.of())
			.getId();
		this.id = this.data.published(SLUG, TITLE, "appeal", Instant.now().minusSeconds(60), Set.of(), operation)
			.getId();
		this.mvc
			.perform(multipart("/press-office/releases/{id}/correct/image", this.id)
				.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", jpeg()))
				.with(csrf())
				.with(user(this.editor))
				.param("alt", "Jordan Wells smiling")
				.param("version", Long.toString(this.office.version(this.id))))
			.andExpect(flash().attribute("notice", "Image changed on the published release"));
		this.imageUrl = this.jdbc.queryForObject(
				"select '/images/lead/' || i.id || '-' || i.sha256 || '.jpg' from releases r join images i on i.id = r.lead_image_id where r.id = ?",
				String.class, this.id);
		this.mvc.perform(get(this.imageUrl)).andExpect(status().isOk());
		this.mvc.perform(get("/news/" + SLUG)).andExpect(content().string(containsString(this.imageUrl)));
	}

	@Test
	void aRemovedReleaseIsGoneWithOnlyItsNoticeAndLeavesEveryList() throws Exception {
		this.mvc
			.perform(get("/press-office/releases/{id}/confirm-remove", this.id).param("reason", "PERSON_FOUND_SAFE")
				.with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("without its title, words or image"),
					containsString(TakeDownReason.PERSON_FOUND_SAFE.wording()))));
		this.office.remove(this.editor, this.id, "PERSON_FOUND_SAFE", "The person we appealed for has been found.")
			.andExpect(flash().attribute("notice", containsString("Removed")));

		this.mvc.perform(get("/news/" + SLUG))
			.andExpect(status().isGone())
			.andExpect(content().string(allOf(containsString("The person we appealed for has been found."),
					containsString("This release has been removed"), not(containsString("Jordan Wells")),
					not(containsString("Body of")), not(containsString("/images/lead/")))));
		this.mvc.perform(get(this.imageUrl))
			.andExpect(status().isGone())
			.andExpect(header().string("Cache-Control", containsString("no-store")));
		for (String list : List.of("/", "/news", "/news.atom", "/news?category=appeal", "/operations/search-week")) {
			this.mvc.perform(get(list)).andExpect(content().string(not(containsString(TITLE))));
		}
		assertThat(this.office.steps(this.id)).last().isEqualTo("REMOVED");
		assertThat(this.jdbc.queryForObject("select removal_reason || ' ' || removed_by from releases where id = ?",
				String.class, this.id))
			.isEqualTo("PERSON_FOUND_SAFE " + this.editor.id());
	}

	@Test
	void theOldAddressOfARemovedReleaseLeadsToTheNoticeToo() throws Exception {
		this.mvc.perform(post("/press-office/releases/{id}/correct", this.id).with(csrf())
			.with(user(this.editor))
			.param("title", TITLE)
			.param("summary", "Summary")
			.param("category", "appeal")
			.param("slug", "new-address")
			.param("minor", "true")
			.param("version", Long.toString(this.office.version(this.id))));
		this.office.remove(this.editor, this.id, "COURT_ORDER", "Removed by order of the court.");
		this.mvc.perform(get("/news/" + SLUG)).andExpect(status().isMovedPermanently());
		this.mvc.perform(get("/news/new-address"))
			.andExpect(status().isGone())
			.andExpect(content().string(not(containsString(TITLE))));
	}

	@Test
	void onlyEditorsRemoveAndTheNoticeIsRequired() throws Exception {
		this.office.remove(this.writer, this.id, "COURT_ORDER", "Court order").andExpect(status().isForbidden());
		this.mvc.perform(get("/press-office/releases/{id}/confirm-remove", this.id).with(user(this.writer)))
			.andExpect(status().isForbidden());
		this.office.remove(this.editor, this.id, "COURT_ORDER", " ")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write the notice readers will see at the address")));
		this.mvc.perform(get("/news/" + SLUG)).andExpect(status().isOk());
	}

	@Test
	void aWithdrawnReleaseCanBeRemovedAndARemovedOneRestored() throws Exception {
		this.office.withdraw(this.editor, this.id, "The appeal is over.");
		this.mvc.perform(get("/news/" + SLUG))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This release was withdrawn")));
		this.office.remove(this.editor, this.id, "IDENTIFIED_IN_ERROR", "This release identified someone in error.");
		this.mvc.perform(get("/news/" + SLUG)).andExpect(status().isGone());
		this.mvc.perform(get(this.imageUrl)).andExpect(status().isGone());

		this.mvc.perform(this.office.decide(this.editor, this.id, "restore").param("text", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"text-error\""),
					containsString("Say why the release is being restored"))));
		this.mvc.perform(this.office.decide(this.writer, this.id, "restore").param("text", "Restore it"))
			.andExpect(status().isForbidden());
		this.mvc.perform(this.office.decide(this.editor, this.id, "restore").param("text", "Removed by mistake"))
			.andExpect(flash().attribute("notice", "Restored"));
		this.mvc.perform(get("/news/" + SLUG))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This release was withdrawn")));
		this.mvc.perform(get(this.imageUrl)).andExpect(status().isOk());
		this.mvc.perform(this.office.decide(this.editor, this.id, "restore").param("text", "Back in the lists"));
		this.mvc.perform(get("/news")).andExpect(content().string(containsString(TITLE)));
		assertThat(this.office.steps(this.id)).endsWith("WITHDRAWN", "REMOVED", "RESTORED", "RESTORED");
		this.mvc.perform(get("/press-office/releases/{id}/history", this.id).with(user(this.writer)))
			.andExpect(content().string(allOf(containsString("Removed for legal reasons"),
					containsString("Identified in error: This release identified someone in error."),
					containsString("Removed by mistake"))));
	}

	private static byte[] jpeg() throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

}
