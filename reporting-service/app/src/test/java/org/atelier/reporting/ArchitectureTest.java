package org.atelier.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.atelier.testsupport.architecture.PackageByFeature;

/**
 * The package-by-feature rules every service keeps ({@link PackageByFeature}), and reporting's own: it reads the
 * other services' events as published JSON, never through their classes. {@code projection} (the dispatcher every
 * view's consumer extends) and {@code rebuild} (the replay of the topics into fresh collections, which knows every
 * view) are the messaging and persistence machinery the views share: adapters of their own, which every view may use
 * without making a cycle. {@code freshness.kafka} is the freshness view's adapter to the broker's offsets.
 */
@AnalyzeClasses(packages = "org.atelier.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.atelier.reporting";
    private static final String[] SHARED_MACHINERY = {"org.atelier.reporting.projection..", "org.atelier.reporting.rebuild.."};
    private static final String BROKER_OFFSETS = "org.atelier.reporting.freshness.kafka..";

    @ArchTest
    static final ArchRule domainAndUseCasesAreFrameworkFree = PackageByFeature.domainAndUseCasesAreFrameworkFree(ROOT,
            SHARED_MACHINERY[0], SHARED_MACHINERY[1], BROKER_OFFSETS);

    @ArchTest
    static final ArchRule useCasesKnowNoAdapter = PackageByFeature.useCasesKnowNoAdapter();

    @ArchTest
    static final ArchRule domainKnowsNoUseCaseNorAdapter = PackageByFeature.domainKnowsNoUseCaseNorAdapter(ROOT, SHARED_MACHINERY);

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCircles = PackageByFeature.featuresDoNotDependOnEachOtherInCircles(ROOT,
            SHARED_MACHINERY);

    @ArchTest
    static final ArchRule reportingDoesNotDependOnProducersClasses = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.atelier.loyalty..", "org.atelier.survey..", "org.atelier.claims..")
            .because("consumers map the published JSON to their own types and ignore what they do not know");
}
