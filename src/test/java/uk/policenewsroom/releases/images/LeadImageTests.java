package uk.policenewsroom.releases.images;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored images served to the public over real HTTP, with the headers a visitor's browser
 * and any shared cache get.
 */
@NewsroomTest
class LeadImageTests {

	@LocalServerPort
	int port;

	@Autowired
	ImageUploads uploads;

	@Autowired
	ImageStore store;

	@Autowired
	LeadImages leadImages;

	@Autowired
	TestData data;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void empty() {
		this.data.reset();
	}

	@Test
	void aJpegIsServedWithItsTypeAndMayBeCachedForever() throws Exception {
		StoredImage image = accept(TestImages.jpeg(64, 48));
		HttpResponse<byte[]> response = get(LeadImages.url(image));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow().split(", "))
			.containsExactlyInAnyOrder("max-age=31536000", "s-maxage=60", "public", "immutable");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(response.body()).isEqualTo(this.store.load(image.id()).orElseThrow().bytes());
		HttpResponse<byte[]> again = this.http.send(request(LeadImages.url(image))
			.header("If-None-Match", response.headers().firstValue("ETag").orElseThrow())
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(again.statusCode()).isEqualTo(304);
	}

	@Test
	void aPngIsServedAsAPng() throws Exception {
		StoredImage image = accept(TestImages.pngWithTransparency(30, 20));
		assertThat(LeadImages.url(image)).endsWith(".png");
		HttpResponse<byte[]> response = get(LeadImages.url(image));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow().split(", "))
			.containsExactlyInAnyOrder("max-age=31536000", "s-maxage=60", "public", "immutable");
		assertThat(ImageFormat.detect(response.body())).hasValue(ImageFormat.PNG);
	}

	@Test
	void anUnknownImageOrAWrongHashOrExtensionIsNotFound() throws Exception {
		StoredImage image = accept(TestImages.jpeg(10, 10));
		String otherHash = "0".repeat(64);
		for (String path : new String[] { "/images/lead/" + (image.id() + 1) + "-" + image.sha256() + ".jpg",
				"/images/lead/" + image.id() + "-" + otherHash + ".jpg",
				"/images/lead/" + image.id() + "-" + image.sha256() + ".png",
				"/images/lead/" + image.id() + "-" + image.sha256() + ".svg",
				"/images/lead/" + image.id() + "-" + image.sha256().substring(1) + ".jpg",
				"/images/lead/" + image.id() + ".jpg" }) {
			HttpResponse<byte[]> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
		}
	}

	@Test
	void theFaviconIsStillAStaticFile() throws Exception {
		HttpResponse<byte[]> response = get("/images/favicon.svg");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/svg+xml"));
	}

	@Test
	void releasePagesGetTheUrlAndSizeByImageId() {
		StoredImage image = accept(TestImages.jpeg(64, 48));
		assertThat(this.leadImages.byId(image.id())).hasValueSatisfying((view) -> {
			assertThat(view.url()).isEqualTo("/images/lead/" + image.id() + "-" + image.sha256() + ".jpg");
			assertThat(view.width()).isEqualTo(64);
			assertThat(view.height()).isEqualTo(48);
		});
		assertThat(this.leadImages.byId(image.id() + 1)).isEmpty();
	}

	private StoredImage accept(byte[] bytes) {
		return this.uploads.accept(new ByteArrayInputStream(bytes), bytes.length);
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return this.http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

}
