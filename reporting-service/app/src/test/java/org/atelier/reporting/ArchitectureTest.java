package org.atelier.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.atelier.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule readModelsAndUseCasesAreFrameworkFree = noClasses()
            .that().resideInAnyPackage("org.atelier.reporting.churn", "org.atelier.reporting.churn.application",
                    "org.atelier.reporting.matrix", "org.atelier.reporting.matrix.application", "org.atelier.reporting.suit",
                    "org.atelier.reporting.suit.application")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "tools.jackson..", "com.fasterxml..", "org.apache.kafka..")
            .because("report rules are plain Java, tested without a context");

    @ArchTest
    static final ArchRule reportingDoesNotDependOnProducersClasses = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.atelier.loyalty..", "org.atelier.survey..", "org.atelier.claims..")
            .because("consumers map the published JSON to their own types and ignore what they do not know");
}
