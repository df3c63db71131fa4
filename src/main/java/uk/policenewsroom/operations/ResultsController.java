package uk.policenewsroom.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uk.policenewsroom.areas.AreaView;
import uk.policenewsroom.operations.ResultsFilter.Problem;
import uk.policenewsroom.operations.Tally.Key;

/**
 * {@code /results}: the results of every public operation added up, over time, by area,
 * by drug class and by operation. Filters that cannot be read get the page back with a
 * message next to each (a 400); an area that does not exist is a 404.
 */
@Controller
class ResultsController {

	private final ResultsFinder finder;

	ResultsController(ResultsFinder finder) {
		this.finder = finder;
	}

	@GetMapping("/results")
	String results(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String area, @RequestParam(required = false) String figure, Model model,
			HttpServletResponse response) {
		model.addAttribute("form", new Form(from, to, area, figure));
		List<Problem> problems = new ArrayList<>();
		ResultsFilter filter = ResultsFilter.NONE;
		try {
			filter = ResultsFilter.parse(from, to, area);
		}
		catch (ResultsFilter.Invalid ex) {
			problems.addAll(ex.problems());
		}
		Key key = null;
		if (figure != null && !figure.isBlank()) {
			Optional<Key> known = Key.ofCode(figure.strip());
			if (known.isEmpty()) {
				problems.add(new Problem("figure", "Choose a figure from the list"));
			}
			key = known.orElse(null);
		}
		List<AreaView> areas = this.finder.areas();
		model.addAttribute("areas", areas);
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
			model.addAttribute("problems", problems);
			return "operations/results";
		}
		try {
			model.addAttribute("dashboard", ResultsDashboard.of(this.finder.figures(filter), filter, key, areas));
		}
		catch (ResultsFinder.NoSuchArea ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		return "operations/results";
	}

	/** What the reader typed, shown back in the filter form. */
	record Form(String from, String to, String area, String figure) {

		public String problem(List<Problem> problems, String field) {
			return (problems == null) ? null
					: problems.stream()
						.filter((problem) -> problem.field().equals(field))
						.map(Problem::message)
						.findFirst()
						.orElse(null);
		}

	}

}
