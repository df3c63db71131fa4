package uk.policenewsroom.feedback;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.Errors;

import uk.policenewsroom.site.DateRangeForm;

/**
 * The inbox's filter as its form sends it, and as every form on the page sends it back,
 * so that marking feedback returns to the same list.
 */
public class InboxFilterForm extends DateRangeForm {

	private String path;

	private String rating;

	private String status;

	private String q;

	/**
	 * The filter, or null after rejecting the date that is wrong.
	 * @throws IllegalArgumentException for a value the form could not have sent
	 */
	InboxFilter read(Errors errors) {
		InboxFilter filter = InboxFilter.of(this.path, this.rating, this.status);
		Range range = readRange(errors);
		return (range != null) ? filter.with(this.q, range.from(), range.to()) : null;
	}

	/** The filter's parameters that are set, in the order the form sends them. */
	public Map<String, String> params() {
		Map<String, String> params = new LinkedHashMap<>();
		put(params, "path", this.path);
		put(params, "rating", this.rating);
		put(params, "status", this.status);
		put(params, "q", this.q);
		putRange(params);
		return params;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public String getRating() {
		return this.rating;
	}

	public void setRating(String rating) {
		this.rating = rating;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

}
