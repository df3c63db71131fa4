package uk.policenewsroom.areas;

import org.springframework.ui.Model;

/**
 * What a feature shows on an area's page. Releases and operations implement it, so areas
 * still know nothing of them.
 */
public interface AreaContent {

	/** Adds what {@code templates/areas/show.html} reads of this feature for the area. */
	void addTo(AreaView area, Model model);

}
