package uk.policenewsroom;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the package-by-feature layout of docs/architecture.md true.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("uk.policenewsroom");

	@Test
	void featuresDoNotDependOnEachOtherInCycles() {
		slices().matching("uk.policenewsroom.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void onlyTheFeaturesOfTheStyleGuideAndTheDemoExist() {
		classes().should()
			.resideInAnyPackage("uk.policenewsroom", "uk.policenewsroom.areas..", "uk.policenewsroom.releases..",
					"uk.policenewsroom.operations..", "uk.policenewsroom.feedback..", "uk.policenewsroom.accounts..",
					"uk.policenewsroom.site..", "uk.policenewsroom.notifications..", "uk.policenewsroom.demo..")
			.check(CLASSES);
	}

	@Test
	void nothingInTheApplicationDependsOnTheDemo() {
		noClasses().that()
			.resideOutsideOfPackage("uk.policenewsroom.demo..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("uk.policenewsroom.demo..")
			.check(CLASSES);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.check(CLASSES);
	}

	@Test
	void theSiteChromeDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("uk.policenewsroom.site..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("uk.policenewsroom.releases..", "uk.policenewsroom.operations..",
					"uk.policenewsroom.areas..", "uk.policenewsroom.feedback..", "uk.policenewsroom.accounts..")
			.check(CLASSES);
	}

	@Test
	void areasKnowNothingOfWhatReferencesThem() {
		noClasses().that()
			.resideInAPackage("uk.policenewsroom.areas..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("uk.policenewsroom.releases..", "uk.policenewsroom.operations..")
			.check(CLASSES);
	}

}
