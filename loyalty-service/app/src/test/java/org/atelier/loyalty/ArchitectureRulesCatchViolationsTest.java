package org.atelier.loyalty;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Proves {@link ArchitectureTest}'s rules can fail: checked against {@code gadget} and {@code widget}, two test
 * fixtures no rule names that break them on purpose, each rule reports the offending classes.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final JavaClasses UNLISTED_FEATURES = new ClassFileImporter()
            .importPackages("org.atelier.loyalty.gadget", "org.atelier.loyalty.widget");

    @Test
    void aNewFeaturesDomainThatUsesSpringOrItsAdaptersIsCaught() {
        assertThatThrownBy(() -> ArchitectureTest.domainAndUseCasesAreFrameworkFree.check(UNLISTED_FEATURES)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.atelier.loyalty.gadget.Gadget").hasMessageContaining("org.springframework.util.StringUtils");
        assertThatThrownBy(() -> ArchitectureTest.domainKnowsNoUseCaseNorAdapter.check(UNLISTED_FEATURES)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("GadgetDocument");
    }

    @Test
    void aNewFeaturesUseCaseThatKnowsTheWebOrTheDatabaseIsCaught() {
        assertThatThrownBy(() -> ArchitectureTest.useCasesKnowNoAdapter.check(UNLISTED_FEATURES)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("MakingGadgets").hasMessageContaining("GadgetForm").hasMessageContaining("GadgetDocument");
    }

    @Test
    void featuresThatKnowEachOtherAreCaught() {
        assertThatThrownBy(() -> ArchitectureTest.featuresDoNotDependOnEachOtherInCircles.check(UNLISTED_FEATURES)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("gadget").hasMessageContaining("widget");
    }
}
