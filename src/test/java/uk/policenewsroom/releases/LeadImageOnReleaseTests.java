package uk.policenewsroom.releases;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A lead image on a published release: an editor's correction, uploaded with its
 * description and shown to readers; refused when it is not a picture or has no
 * description, and refused to writers.
 */
@NewsroomTest
class LeadImageOnReleaseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	private PressOfficer writer;

	private PressOfficer editor;

	private long id;

	@BeforeEach
	void release() {
		this.data.reset();
		this.writer = this.data.officer(Role.WRITER);
		this.editor = this.data.officer(Role.EDITOR);
		this.id = this.data
			.published("with-image", "Release with an image", "appeal", Instant.now().minusSeconds(60), Set.of(), null)
			.getId();
	}

	@Test
	void anImageWithItsDescriptionIsShownToReaders() throws Exception {
		this.mvc
			.perform(upload(jpeg(), "Officers searching a field near Halstead").param("credit", "Force photographer"))
			.andExpect(flash().attribute("notice", "Image changed on the published release"));
		this.mvc.perform(get("/news/with-image"))
			.andExpect(content().string(allOf(containsString("alt=\"Officers searching a field near Halstead\""),
					containsString("Image: Force photographer"), containsString("width=\"64\""))));
		String url = this.jdbc.queryForObject(
				"select '/images/lead/' || i.id || '-' || i.sha256 || '.jpg' from releases r join images i on i.id = r.lead_image_id where r.id = ?",
				String.class, this.id);
		this.mvc.perform(get(url)).andExpect(status().isOk());
		assertThat(
				this.jdbc.queryForList("select action from audit_events where subject_id = ?", String.class, this.id))
			.contains("RELEASE_IMAGE_SET");

		this.mvc
			.perform(post("/press-office/releases/{id}/image/remove", this.id).with(csrf())
				.with(user(this.writer))
				.param("version", version()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/press-office/releases/{id}/correct/image/remove", this.id).with(csrf())
				.with(user(this.writer))
				.param("version", version()))
			.andExpect(status().isForbidden());
		assertThat(leadImageId()).isNotNull();
		this.mvc.perform(post("/press-office/releases/{id}/correct/image/remove", this.id).with(csrf())
			.with(user(this.editor))
			.param("version", version()));
		assertThat(leadImageId()).isNull();
		assertThat(this.jdbc.queryForList(
				"select comment from release_status_changes where release_id = ? and action = 'CORRECTED' order by id",
				String.class, this.id))
			.containsExactly("Lead image changed: Officers searching a field near Halstead", "Lead image removed");
	}

	@Test
	void aPhotoLargerThanAFormsLimitCanBeTheCorrection() throws Exception {
		byte[] photo = noisyJpeg();
		assertThat(photo.length).isGreaterThan(64 * 1024);
		this.mvc.perform(upload(photo, "A large photo"))
			.andExpect(flash().attribute("notice", "Image changed on the published release"));
		assertThat(leadImageId()).isNotNull();
	}

	@Test
	void anImageNeedsADescription() throws Exception {
		this.mvc.perform(upload(jpeg(), " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("imageForm", "alt"))
			.andExpect(content().string(allOf(containsString("href=\"#alt\""), containsString("id=\"alt-error\""),
					containsString("Describe the image for people who cannot see it"))));
		assertThat(leadImageId()).isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from images", Integer.class)).isZero();
	}

	@Test
	void somethingThatIsNotAPictureIsRefusedWithAMessage() throws Exception {
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>".getBytes();
		this.mvc.perform(upload(svg, "A drawing"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("imageForm", "file"))
			.andExpect(content().string(allOf(containsString("href=\"#file\""),
					containsString("The file must be a JPEG, PNG or WebP image"),
					containsString("value=\"A drawing\""))));
		assertThat(leadImageId()).isNull();
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(byte[] bytes,
			String alt) {
		var builder = multipart("/press-office/releases/{id}/correct/image", this.id)
			.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", bytes));
		builder.with(csrf()).with(user(this.editor)).param("alt", alt).param("version", version());
		return builder;
	}

	private String version() {
		return this.jdbc.queryForObject("select version::text from releases where id = ?", String.class, this.id);
	}

	private Long leadImageId() {
		return this.jdbc.queryForObject("select lead_image_id from releases where id = ?", Long.class, this.id);
	}

	private static byte[] noisyJpeg() throws IOException {
		BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
		java.util.Random random = new java.util.Random(7);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

	private static byte[] jpeg() throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

}
