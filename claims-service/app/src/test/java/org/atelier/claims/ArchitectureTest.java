package org.atelier.claims;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.atelier.testsupport.architecture.PackageByFeature;

/**
 * The package-by-feature rules every service keeps ({@link PackageByFeature}). The wiring of all the features and the
 * API's problem mapping sit in {@code org.atelier.claims.config}, an adapter of its own.
 */
@AnalyzeClasses(packages = "org.atelier.claims", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.atelier.claims";
    private static final String WIRING = "org.atelier.claims.config";

    @ArchTest
    static final ArchRule domainAndUseCasesAreFrameworkFree = PackageByFeature.domainAndUseCasesAreFrameworkFree(ROOT);

    @ArchTest
    static final ArchRule useCasesKnowNoAdapter = PackageByFeature.useCasesKnowNoAdapter();

    @ArchTest
    static final ArchRule domainKnowsNoUseCaseNorAdapter = PackageByFeature.domainKnowsNoUseCaseNorAdapter(ROOT, WIRING);

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCircles = PackageByFeature.featuresDoNotDependOnEachOtherInCircles(ROOT);

    @ArchTest
    static final ArchRule publishedContractIsOnlyUsedForTranslation =
            PackageByFeature.publishedContractIsOnlyUsedForTranslation("org.atelier.claims.events..");

    @ArchTest
    static final ArchRule commonKnowsNoFeature = PackageByFeature.commonKnowsNoFeature(ROOT, "org.atelier.claims.common");
}
