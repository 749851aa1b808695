package org.atelier.testsupport.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The package-by-feature rules every service keeps, stated by where a class sits rather than by a list of features:
 * a feature is any package {@code <root>.<feature>}, its domain sits in that package, its use cases in
 * {@code application}, and the adapters in {@code web}, {@code persistence}, {@code messaging} and {@code config}. A
 * new feature is checked the day it is added. Each service declares the rules in its own {@code ArchitectureTest},
 * naming the few packages that are its glue (a site header, the wiring), so the rule text lives here once.
 */
public final class PackageByFeature {

    /** Where adapters sit, in every feature. */
    public static final String[] ADAPTERS = {"..web..", "..persistence..", "..messaging..", "..config.."};

    private static final String[] FRAMEWORKS = {"org.springframework..", "org.bson..", "com.mongodb..", "tools.jackson..",
            "com.fasterxml..", "jakarta.persistence..", "org.apache.kafka.."};

    private PackageByFeature() {
    }

    /**
     * Aggregates, domain events, read models and use cases are plain Java.
     *
     * @param glue packages that are adapters of their own though not named like one (e.g. {@code org.atelier.x.site..})
     */
    public static ArchRule domainAndUseCasesAreFrameworkFree(String root, String... glue) {
        return noClasses()
                .that().resideOutsideOfPackages(ADAPTERS).and().resideOutsideOfPackages(with(glue, root))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("aggregates, domain events and use cases are plain Java; only adapters know the frameworks");
    }

    public static ArchRule useCasesKnowNoAdapter() {
        return noClasses()
                .that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .because("a use case is reached through the web and reaches the database through its feature's ports");
    }

    /** @param glue packages directly under the root that are not a feature's domain (a site header, the wiring) */
    public static ArchRule domainKnowsNoUseCaseNorAdapter(String root, String... glue) {
        return noClasses()
                .that().resideInAPackage(root + ".*").and().resideOutsideOfPackages(glue)
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..", "..persistence..", "..messaging..",
                        "..config..")
                .because("the domain is the centre every other layer depends on");
    }

    /** @param ignoredTargets packages every feature may reach without making a cycle (e.g. the site's header) */
    public static ArchRule featuresDoNotDependOnEachOtherInCircles(String root, String... ignoredTargets) {
        SliceRule rule = slices().matching(root + ".(*)..").should().beFreeOfCycles();
        for (String target : ignoredTargets) {
            rule = rule.ignoreDependency(alwaysTrue(), resideInAPackage(target));
        }
        return rule.because("a feature that needs another's use cases must not be needed by it in turn");
    }

    /**
     * @param contract the service's published events, e.g. {@code org.atelier.loyalty.events..}
     * @param consumed other services' published events the service reads, held to the same rule
     */
    public static ArchRule publishedContractIsOnlyUsedForTranslation(String contract, String... consumed) {
        return noClasses()
                .that().resideOutsideOfPackages("..messaging..", "..config..", "..persistence..", contract)
                .should().dependOnClassesThat().resideInAnyPackage(with(consumed, contract))
                .because("the domain speaks its own language; messaging translates it to the published contract");
    }

    /** @param common the package every feature shares, e.g. {@code org.atelier.loyalty.common} */
    public static ArchRule commonKnowsNoFeature(String root, String common) {
        return noClasses()
                .that().resideInAPackage(common + "..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(resideInAPackage(common + "..").negate()))
                .because("what every feature shares cannot depend on any one of them");
    }

    private static String[] with(String[] packages, String more) {
        return Stream.concat(Arrays.stream(packages), Stream.of(more)).toArray(String[]::new);
    }
}
