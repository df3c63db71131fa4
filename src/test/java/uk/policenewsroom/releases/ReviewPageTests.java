package uk.policenewsroom.releases;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.operations.TallyKind;
import uk.policenewsroom.operations.TallyLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review page: the release first, as readers will see it, the actions beside it, and
 * the schedule's date boxes with their mistakes shown next to them.
 */
@NewsroomTest
class ReviewPageTests extends PressOfficeWebTests {

	private long id;

	@BeforeEach
	void release() throws Exception {
		Area witham = this.data.area("Witham");
		long operation = this.data
			.operation("raptor-week", "Raptor week", List.of(TallyLine.count(TallyKind.ARRESTS, 12)), Set.of(witham))
			.getId();
		this.mvc.perform(post("/press-office/releases").with(csrf())
			.with(user(this.writer))
			.param("title", "Twelve arrested in Raptor week")
			.param("summary", "Officers made twelve arrests.")
			.param("body", "Officers **arrested** twelve people.")
			.param("category", "news")
			.param("areas", Long.toString(witham.getId()))
			.param("operationId", Long.toString(operation)));
		this.id = this.jdbc.queryForObject("select id from releases where title = ?", Long.class,
				"Twelve arrested in Raptor week");
		var upload = multipart("/press-office/releases/{id}/image", this.id)
			.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", jpeg()));
		upload.with(csrf())
			.with(user(this.writer))
			.param("alt", "Officers at a door in Witham")
			.param("caption", "The first raid of the week")
			.param("version", Long.toString(this.office.version(this.id)));
		this.mvc.perform(upload).andExpect(flash().attributeExists("notice"));
		this.office.submit(this.writer, this.id);
	}

	@Test
	void theTextComesFirstAsReadersWillSeeItAndTheActionsFollowInAPanel() throws Exception {
		Document page = page(get("/press-office/releases/{id}", this.id).with(user(this.editor)));
		Element text = page.selectFirst(".review__text");
		Element panel = page.selectFirst("aside#actions.review__panel");
		assertThat(text).isNotNull();
		assertThat(panel).isNotNull();
		assertThat(text.elementSiblingIndex()).isLessThan(panel.elementSiblingIndex());
		assertThat(page.select("h1").eachText()).containsExactly("Twelve arrested in Raptor week");
		assertThat(text.select(".release__body strong").text()).isEqualTo("arrested");
		assertThat(text.select(".lead-image img").attr("alt")).isEqualTo("Officers at a door in Witham");
		assertThat(text.select(".lead-image figcaption").text()).contains("The first raid of the week");
		assertThat(text.select(".release__facts a[href=/areas/witham]").text()).isEqualTo("Witham");
		assertThat(text.select(".operation-box").text()).contains("Results: Raptor week", "12");
		assertThat(text.select("form")).isEmpty();
		assertThat(page.select("a[href=#actions]").text()).isEqualTo("Go to actions");
		assertThat(panel.select("form[action$=/schedule], form[action$=/reject], a[href$=/confirm-publish]"))
			.hasSize(3);
		assertThat(panel.select("form[action$=/embargo-links]")).hasSize(1);
		assertThat(panel.select("form[action$=/image]")).hasSize(1);
		Element withoutReview = panel.selectFirst("details summary:containsOwn(Publish without review)");
		assertThat(withoutReview).isNotNull();
		assertThat(withoutReview.parent().select("a[href$=/confirm-publish-without-review]")).hasSize(1);
		assertThat(page.select("[style], script:not([src])")).isEmpty();
		assertThat(page.select("input[type=date], input[type=time]")).isEmpty();
		assertThat(panel.select("#dateDay, #dateMonth, #dateYear, #hour, #minute")).hasSize(5);

		Document preview = page(get("/press-office/releases/{id}/preview", this.id).with(user(this.writer)));
		assertThat(preview.select(".lead-image img").attr("alt")).isEqualTo("Officers at a door in Witham");
		assertThat(preview.select(".release__facts a[href=/areas/witham]")).hasSize(1);
		assertThat(preview.select(".operation-box").text()).contains("Raptor week");
	}

	@Test
	void aDateThatDoesNotExistIsShownNextToItsBoxWithTheInputKept() throws Exception {
		Document page = page(schedule("31", "2", "2099", "9", "30").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("scheduleForm", "dateDay")));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".error-summary a[href=#dateDay]").text())
			.isEqualTo("Publication date must be a real date");
		assertThat(page.select("#dateDay-error").text()).contains("Publication date must be a real date");
		assertThat(page.select("#dateDay").val()).isEqualTo("31");
		assertThat(page.select("#dateMonth").val()).isEqualTo("2");
		assertThat(page.select("#hour").val()).isEqualTo("9");
		assertThat(this.office.statusOf(this.id)).isEqualTo("SUBMITTED");
	}

	@Test
	void pastTimesNonsenseAndSkippedHoursAreRefusedAtTheirBoxes() throws Exception {
		Document past = page(schedule("1", "1", "2020", "9", "0"));
		assertThat(past.select("#dateDay-error").text()).contains("The publication time must be in the future");

		Document nonsense = page(schedule("tomorrow", "2", "2099", "25", "x"));
		assertThat(nonsense.select(".error-summary li").eachText()).containsExactly(
				"Publication date must be a real date", "Enter the hour, from 0 to 23",
				"Enter the minutes, from 0 to 59");
		assertThat(nonsense.select("#hour").val()).isEqualTo("25");

		Document missing = page(schedule("", "", "", "", ""));
		assertThat(missing.select(".error-summary li").eachText()).contains("Enter the publication date");

		LocalDate clocksGoForward = LocalDate.of(2099, 3, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
		Document skipped = page(schedule(Integer.toString(clocksGoForward.getDayOfMonth()), "3", "2099", "1", "30"));
		assertThat(skipped.select("#hour-error").text()).contains("the clocks go forward");
		assertThat(this.office.statusOf(this.id)).isEqualTo("SUBMITTED");
		assertThat(this.office.steps(this.id)).containsExactly("SUBMITTED");
	}

	@Test
	void aRealFutureTimeInSummerIsScheduledInLondonTime() throws Exception {
		schedule("18", "6", "2099", "17", "5")
			.andExpect(flash().attribute("notice", "Scheduled for 17:05, 18 June 2099"));
		assertThat(this.jdbc
			.queryForObject("select scheduled_at from releases where id = ?", java.sql.Timestamp.class, this.id)
			.toInstant()).hasToString("2099-06-18T16:05:00Z");
		Document page = page(get("/press-office/releases/{id}", this.id).with(user(this.editor)));
		assertThat(page.select(".review__panel").text()).contains("Goes out at 17:05, 18 June 2099 (UK time)");
	}

	@Test
	void anUploadWithoutAFileKeepsTheWordsAndSaysWhatIsMissingAtTheField() throws Exception {
		var upload = multipart("/press-office/releases/{id}/image", this.id);
		upload.with(csrf())
			.with(user(this.writer))
			.param("alt", "A new photo of the raid")
			.param("caption", "c".repeat(501))
			.param("version", Long.toString(this.office.version(this.id)));
		Document page = page(this.mvc.perform(upload).andExpect(status().isOk()));
		assertThat(page.select("#file-error").text()).contains("Choose an image file to upload");
		assertThat(page.select("#caption-error").text()).contains("Keep the caption to 500 characters or fewer");
		assertThat(page.select(".error-summary a").eachAttr("href")).contains("#file", "#caption");
		assertThat(page.select("#alt").val()).isEqualTo("A new photo of the raid");
		assertThat(page.select("details:has(#file)").hasAttr("open")).isTrue();
		assertThat(this.jdbc.queryForObject("select lead_image_alt from releases where id = ?", String.class, this.id))
			.isEqualTo("Officers at a door in Witham");
	}

	private org.springframework.test.web.servlet.ResultActions schedule(String day, String month, String year,
			String hour, String minute) throws Exception {
		MockHttpServletRequestBuilder request = this.office.decide(this.editor, this.id, "schedule")
			.param("dateDay", day)
			.param("dateMonth", month)
			.param("dateYear", year)
			.param("hour", hour)
			.param("minute", minute);
		return this.mvc.perform(request);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return page(this.mvc.perform(request).andExpect(status().isOk()));
	}

	private static Document page(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
	}

	private static byte[] jpeg() throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

}
