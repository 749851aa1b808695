package org.atelier.loyalty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.atelier.loyalty", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainAndUseCasesAreFrameworkFree = noClasses()
            .that().resideInAnyPackage("org.atelier.loyalty.common", "org.atelier.loyalty.customer",
                    "org.atelier.loyalty.customer.application", "org.atelier.loyalty.programme", "org.atelier.loyalty.programme.application",
                    "org.atelier.loyalty.plan", "org.atelier.loyalty.plan.application")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "tools.jackson..", "com.fasterxml..", "jakarta.persistence..", "org.apache.kafka..")
            .because("aggregates, domain events and use cases are plain Java");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheWebOrTheDatabase = noClasses()
            .that().resideInAnyPackage("org.atelier.loyalty.customer", "org.atelier.loyalty.programme", "org.atelier.loyalty.plan")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..", "..messaging..");

    @ArchTest
    static final ArchRule publishedContractIsOnlyUsedForTranslation = noClasses()
            .that().resideOutsideOfPackages("org.atelier.loyalty.customer.messaging..", "org.atelier.loyalty.customer.config..",
                    "org.atelier.loyalty.customer.persistence..", "org.atelier.loyalty.events..",
                    "org.atelier.loyalty.plan.messaging..", "org.atelier.loyalty.plan.config..", "org.atelier.loyalty.plan.persistence..",
                    "org.atelier.loyalty.programme.messaging..", "org.atelier.loyalty.programme.config..",
                    "org.atelier.loyalty.programme.persistence..")
            .should().dependOnClassesThat().resideInAPackage("org.atelier.loyalty.events..")
            .because("the domain speaks its own language; messaging translates it to the published contract");

    @ArchTest
    static final ArchRule theProgrammeDoesNotKnowCustomers = noClasses()
            .that().resideInAPackage("org.atelier.loyalty.programme..")
            .should().dependOnClassesThat().resideInAPackage("org.atelier.loyalty.customer..")
            .because("customers earn points under the programme, not the other way round");

    @ArchTest
    static final ArchRule commonKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.atelier.loyalty.common..")
            .should().dependOnClassesThat().resideInAnyPackage("org.atelier.loyalty.customer..", "org.atelier.loyalty.programme..",
                    "org.atelier.loyalty.plan..", "org.atelier.loyalty.site..")
            .because("what every feature shares cannot depend on any one of them");
}
