package uk.policenewsroom.releases.images;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** Read side of lead images, for the release pages. */
@Component
public class LeadImages {

	static final String PATH = "/images/lead/";

	private final ImageStore store;

	LeadImages(ImageStore store) {
		this.store = store;
	}

	public Optional<LeadImageView> byId(long id) {
		return this.store.find(id).map(LeadImages::view);
	}

	public static LeadImageView view(StoredImage image) {
		return new LeadImageView(url(image), image.width(), image.height());
	}

	static String url(StoredImage image) {
		return PATH + image.id() + "-" + image.sha256() + "." + image.extension();
	}

}
