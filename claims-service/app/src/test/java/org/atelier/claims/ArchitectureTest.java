package org.atelier.claims;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package-by-feature rules, stated by where a class sits: a feature is any package
 * {@code org.atelier.claims.<feature>}, its domain sits in that package, its use cases in {@code application}, and
 * the adapters in {@code web}, {@code persistence}, {@code messaging}; the wiring of them all sits in {@code config}.
 */
@AnalyzeClasses(packages = "org.atelier.claims", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ADAPTERS = {"..web..", "..persistence..", "..messaging..", "..config.."};
    /** The wiring and the API's problem mapping, shared by every feature: an adapter of its own. */
    private static final String WIRING = "org.atelier.claims.config";
    private static final String CONTRACT = "org.atelier.claims.events..";

    @ArchTest
    static final ArchRule domainAndUseCasesAreFrameworkFree = noClasses()
            .that().resideOutsideOfPackages(ADAPTERS).and().resideOutsideOfPackages("org.atelier.claims")
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
            .that().resideInAPackage("org.atelier.claims.*").and().resideOutsideOfPackage(WIRING)
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..", "..persistence..", "..messaging..",
                    "..config..")
            .because("the domain is the centre every other layer depends on");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCircles = slices()
            .matching("org.atelier.claims.(*)..")
            .should().beFreeOfCycles()
            .because("a feature that needs another's use cases must not be needed by it in turn");

    @ArchTest
    static final ArchRule publishedContractIsOnlyUsedForTranslation = noClasses()
            .that().resideOutsideOfPackages("..messaging..", "..config..", "..persistence..", CONTRACT)
            .should().dependOnClassesThat().resideInAPackage(CONTRACT)
            .because("the domain speaks its own language; messaging translates it to the published contract");

    @ArchTest
    static final ArchRule commonKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.atelier.claims.common..")
            .should().dependOnClassesThat(resideInAPackage("org.atelier.claims..")
                    .and(resideInAPackage("org.atelier.claims.common..").negate()))
            .because("what every feature shares cannot depend on any one of them");
}
