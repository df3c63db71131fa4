package uk.policenewsroom.releases;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a reader searches for: the words and the filters, all in the address, so a search
 * can be bookmarked and shared. Dates are days in London, both included.
 */
public class SearchForm {

	public static final int MAX_WORDS_LENGTH = 200;

	@Size(max = MAX_WORDS_LENGTH, message = "Search for at most 200 characters: a few words work best")
	private String q;

	private String category;

	private String area;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private int page = 1;

	/** The words, without control characters (which PostgreSQL refuses), trimmed. */
	public String words() {
		return (this.q != null) ? this.q.replaceAll("\\p{Cntrl}", " ").strip() : "";
	}

	public boolean hasWords() {
		return !words().isEmpty();
	}

	public boolean hasFilters() {
		return blankToNull(this.category) != null || blankToNull(this.area) != null || this.from != null
				|| this.to != null;
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getArea() {
		return this.area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public int getPage() {
		return this.page;
	}

	public void setPage(int page) {
		this.page = page;
	}

}
