package org.atelier.survey;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package-by-feature rules, stated by where a class sits rather than by a list of features: a feature is any
 * package {@code org.atelier.survey.<feature>}, its domain sits in that package, its use cases in
 * {@code application}, and the adapters in {@code web}, {@code persistence}, {@code messaging} and {@code config}.
 * A new feature is checked the day it is added. The application class sits at the root.
 */
@AnalyzeClasses(packages = "org.atelier.survey", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ADAPTERS = {"..web..", "..persistence..", "..messaging..", "..config.."};
    private static final String SITE = "org.atelier.survey.site..";
    private static final String[] CONTRACTS = {"org.atelier.survey.events..", "org.atelier.loyalty.events.."};

    @ArchTest
    static final ArchRule domainAndUseCasesAreFrameworkFree = noClasses()
            .that().resideOutsideOfPackages(ADAPTERS).and().resideOutsideOfPackages(SITE, "org.atelier.survey")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "tools.jackson..", "com.fasterxml..", "jakarta.persistence..", "org.apache.kafka..")
            .because("aggregates, domain events and use cases are plain Java; only adapters know the frameworks");

    @ArchTest
    static final ArchRule useCasesKnowNoAdapter = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .because("a use case is reached through the web and reaches the database through its feature's ports");

    @ArchTest
    static final ArchRule domainKnowsNoUseCaseNorAdapter = noClasses()
            .that().resideInAPackage("org.atelier.survey.*").and().resideOutsideOfPackage(SITE)
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..", "..persistence..", "..messaging..",
                    "..config..")
            .because("the domain is the centre every other layer depends on");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCircles = slices()
            .matching("org.atelier.survey.(*)..")
            .should().beFreeOfCycles()
            // Page controllers carry the site's marker, and the site's header asks features what a reader may open.
            .ignoreDependency(alwaysTrue(), resideInAPackage(SITE))
            .because("a feature that needs another's use cases must not be needed by it in turn");

    @ArchTest
    static final ArchRule publishedContractIsOnlyUsedForTranslation = noClasses()
            .that().resideOutsideOfPackages("..messaging..", "..config..", "..persistence..", "org.atelier.survey.events..")
            .should().dependOnClassesThat().resideInAnyPackage(CONTRACTS)
            .because("the domain speaks its own language; messaging translates it to the published contract");

    @ArchTest
    static final ArchRule theCustomerReplicaKnowsNoExitInterview = noClasses()
            .that().resideInAPackage("org.atelier.survey.customer..")
            .should().dependOnClassesThat().resideInAPackage("org.atelier.survey.exit..")
            .because("the replica only mirrors loyalty's customers; exit interviews read it, not the other way round");

    @ArchTest
    static final ArchRule commonKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.atelier.survey.common..")
            .should().dependOnClassesThat(resideInAPackage("org.atelier.survey..")
                    .and(resideInAPackage("org.atelier.survey.common..").negate()))
            .because("what every feature shares cannot depend on any one of them");
}
