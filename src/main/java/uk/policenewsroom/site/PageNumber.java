package uk.policenewsroom.site;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page of a list a visitor asked for with {@code ?page=}, counting from 1.
 * Controllers take one as a parameter and {@link PageNumberResolver} makes it, so every
 * paginated list answers an address it cannot have (0, -1, 2147483647, "abc") with the
 * same 404, and no page number can reach the database as an offset that overflows.
 *
 * @param number the page, from 1 to {@link #MAX}
 */
public record PageNumber(int number) {

	/** No list here has anything like this many pages; larger numbers are not pages. */
	public static final int MAX = 10_000;

	public static final PageNumber FIRST = new PageNumber(1);

	public PageNumber {
		if (number < 1 || number > MAX) {
			throw notFound();
		}
	}

	/** The {@code page} parameter as sent: absent or blank is the first page. */
	public static PageNumber parse(String text) {
		if (text == null || text.isBlank()) {
			return FIRST;
		}
		String digits = text.strip();
		if (digits.length() > 5 || !digits.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw notFound();
		}
		return new PageNumber(Integer.parseInt(digits));
	}

	public Pageable of(int size) {
		return PageRequest.of(this.number - 1, size);
	}

	public boolean isFirst() {
		return this.number == 1;
	}

	/**
	 * The page found, or a 404 when this number is past its last page (the first page of
	 * an empty list exists).
	 */
	public <T> Page<T> require(Page<T> found) {
		if (!isFirst() && this.number > found.getTotalPages()) {
			throw notFound();
		}
		return found;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such page");
	}

}
