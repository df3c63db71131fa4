package uk.policenewsroom.site;

import org.springframework.ui.Model;

/**
 * What a feature shows on the home page. Features implement it, so the home page can show
 * them without {@code site} depending on any feature.
 */
public interface HomeContent {

	/** Adds what {@code templates/site/home.html} reads of this feature. */
	void addTo(Model model);

}
