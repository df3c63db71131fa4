package uk.policenewsroom.operations;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class TallyRowFormTests {

	@Test
	void cashIsTypedInPoundsAndStoredInPence() {
		assertThat(line(TallyKind.CASH, null, "96,509.50", Unit.PENCE).quantity()).isEqualByComparingTo("9650950");
		assertThat(line(TallyKind.CASH, null, "£96509", null).quantity()).isEqualByComparingTo("9650900");
		assertThat(line(TallyKind.CASH, null, "0.5", null).quantity()).isEqualByComparingTo("50");
	}

	@Test
	void aKindMeasuredOneWayNeedsNoUnit() {
		TallyLine arrests = line(TallyKind.ARRESTS, null, "49", null);
		assertThat(arrests.unit()).isEqualTo(Unit.COUNT);
		assertThat(arrests.quantity()).isEqualTo(new BigDecimal("49"));
	}

	@Test
	void thousandsSeparatorsAreReadAndMisplacedOnesRefused() {
		TallyRowForm wraps = form(TallyKind.DRUGS, "Cocaine", "1,149", Unit.WRAPS);
		assertThat(wraps.line(errors(wraps)).quantity()).isEqualByComparingTo("1149");
		assertThat(problem(form(TallyKind.DRUGS, "Cocaine", "1,14", Unit.GRAMS)))
			.isEqualTo("Enter the quantity as a number, like 145.92 or 1,149");
	}

	@Test
	void weightsKeepUpToThreeDecimalPlacesAndTrailingZerosDoNotCount() {
		assertThat(line(TallyKind.DRUGS, "Heroin", "145.925", Unit.GRAMS).quantity()).isEqualByComparingTo("145.925");
		assertThat(line(TallyKind.DRUGS, "Heroin", "2.50000", Unit.KILOGRAMS).quantity()).isEqualByComparingTo("2.5");
		assertThat(line(TallyKind.ARRESTS, null, "4.000", null).quantity()).isEqualByComparingTo("4");
	}

	@Test
	void countsOfWrapsPillsAndPlantsAreWholeNumbers() {
		assertThat(problem(form(TallyKind.DRUGS, "Ecstasy", "10.5", Unit.PILLS)))
			.isEqualTo("Pills must be a whole number");
	}

	@Test
	void aQuantityTooLargeForTheColumnIsRefused() {
		assertThat(problem(form(TallyKind.DRUGS, "Cannabis", "1000000000000", Unit.GRAMS)))
			.isEqualTo("The quantity is too large");
		assertThat(problem(form(TallyKind.CASH, null, "10,000,000,000", null))).isEqualTo("The quantity is too large");
	}

	@Test
	void anEmptyQuantityIsRefused() {
		assertThat(problem(form(TallyKind.CASH, null, " ", null))).isEqualTo("Enter the cash in pounds");
		assertThat(problem(form(TallyKind.ARRESTS, null, null, null))).isEqualTo("Enter the quantity");
	}

	@Test
	void otherNeedsADescription() {
		assertThat(problem(form(TallyKind.OTHER, "", "2", null))).isEqualTo("Describe what was counted");
	}

	private static TallyLine line(TallyKind kind, String description, String quantity, Unit unit) {
		TallyRowForm form = form(kind, description, quantity, unit);
		Errors errors = errors(form);
		TallyLine line = form.line(errors);
		assertThat(errors.getAllErrors()).isEmpty();
		return line;
	}

	private static String problem(TallyRowForm form) {
		Errors errors = errors(form);
		assertThat(form.line(errors)).isNull();
		assertThat(errors.getErrorCount()).isEqualTo(1);
		return errors.getAllErrors().get(0).getDefaultMessage();
	}

	private static TallyRowForm form(TallyKind kind, String description, String quantity, Unit unit) {
		TallyRowForm form = new TallyRowForm();
		form.setKind(kind);
		form.setDescription(description);
		form.setQuantity(quantity);
		form.setUnit(unit);
		return form;
	}

	private static Errors errors(TallyRowForm form) {
		return new BeanPropertyBindingResult(form, "tallyRowForm");
	}

}
