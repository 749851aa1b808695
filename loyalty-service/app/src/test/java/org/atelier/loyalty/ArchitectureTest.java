package org.atelier.loyalty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.atelier.testsupport.architecture.PackageByFeature;

/**
 * The package-by-feature rules every service keeps ({@link PackageByFeature}), and loyalty's own. {@code site} (the
 * pages' shared header) is web glue, and the application class sits at the root.
 */
@AnalyzeClasses(packages = "org.atelier.loyalty", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.atelier.loyalty";
    private static final String SITE = "org.atelier.loyalty.site..";

    @ArchTest
    static final ArchRule domainAndUseCasesAreFrameworkFree = PackageByFeature.domainAndUseCasesAreFrameworkFree(ROOT, SITE);

    @ArchTest
    static final ArchRule useCasesKnowNoAdapter = PackageByFeature.useCasesKnowNoAdapter();

    @ArchTest
    static final ArchRule domainKnowsNoUseCaseNorAdapter = PackageByFeature.domainKnowsNoUseCaseNorAdapter(ROOT, SITE);

    /** Page controllers carry the site's marker, and the site's header asks features what a reader may open. */
    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCircles = PackageByFeature.featuresDoNotDependOnEachOtherInCircles(ROOT, SITE);

    @ArchTest
    static final ArchRule publishedContractIsOnlyUsedForTranslation =
            PackageByFeature.publishedContractIsOnlyUsedForTranslation("org.atelier.loyalty.events..");

    @ArchTest
    static final ArchRule commonKnowsNoFeature = PackageByFeature.commonKnowsNoFeature(ROOT, "org.atelier.loyalty.common");

    @ArchTest
    static final ArchRule theProgrammeDoesNotKnowCustomers = noClasses()
            .that().resideInAPackage("org.atelier.loyalty.programme..")
            .should().dependOnClassesThat().resideInAPackage("org.atelier.loyalty.customer..")
            .because("customers earn points under the programme, not the other way round");
}
