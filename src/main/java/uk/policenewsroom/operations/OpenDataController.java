package uk.policenewsroom.operations;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.policenewsroom.operations.OpenData.CollectionFile;
import uk.policenewsroom.operations.OpenData.OperationFile;

/**
 * Operation results as open data (docs/open-data.md). Cache headers are those of the
 * public pages (site.WebConfiguration). A file that cannot be made says why in plain
 * text: a program reading the files gets a status and a sentence, never a page.
 */
@Controller
class OpenDataController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final String LICENCE_LINK = "<" + OpenData.LICENCE.url() + ">; rel=\"license\"";

	private final ResultsFinder finder;

	OpenDataController(ResultsFinder finder) {
		this.finder = finder;
	}

	@GetMapping("/operations/{slug}.json")
	ResponseEntity<OperationFile> operationJson(@PathVariable String slug) {
		return json(found(slug));
	}

	@GetMapping("/operations/{slug}.csv")
	ResponseEntity<String> operationCsv(@PathVariable String slug) {
		return csv(slug + ".csv", OpenData.csv(List.of(found(slug).operation())));
	}

	@GetMapping("/operations.json")
	ResponseEntity<CollectionFile> allJson(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String area) {
		return json(this.finder.collection(ResultsFilter.parse(from, to, area)));
	}

	@GetMapping("/operations.csv")
	ResponseEntity<String> allCsv(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String area) {
		return csv("operations.csv",
				OpenData.csv(this.finder.collection(ResultsFilter.parse(from, to, area)).operations()));
	}

	@ExceptionHandler(ResultsFilter.Invalid.class)
	ResponseEntity<String> invalid(ResultsFilter.Invalid ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler({ ResultsFinder.NoSuchArea.class, NoSuchOperation.class })
	ResponseEntity<String> notFound(RuntimeException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	private OperationFile found(String slug) {
		return this.finder.operation(slug).orElseThrow(NoSuchOperation::new);
	}

	private static <T> ResponseEntity<T> json(T body) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.LINK, LICENCE_LINK)
			.body(body);
	}

	private static ResponseEntity<String> csv(String filename, String body) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.header(HttpHeaders.LINK, LICENCE_LINK)
			.body(body);
	}

	private static ResponseEntity<String> problem(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(message + "\n");
	}

	/** No public operation has this slug. */
	static final class NoSuchOperation extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NoSuchOperation() {
			super("There is no published operation at this address");
		}

	}

}
