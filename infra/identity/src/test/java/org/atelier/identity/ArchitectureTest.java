package org.atelier.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.atelier.identity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN_AND_USE_CASES = {
            "org.atelier.identity.user", "org.atelier.identity.user.application",
            "org.atelier.identity.department", "org.atelier.identity.department.application",
            "org.atelier.identity.secondfactor", "org.atelier.identity.secondfactor.application",
            "org.atelier.identity.directory.application"};

    @ArchTest
    static final ArchRule domainAndUseCasesAreFrameworkFree = noClasses()
            .that().resideInAnyPackage(DOMAIN_AND_USE_CASES)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "tools.jackson..", "com.fasterxml..", "jakarta..", "com.nimbusds..")
            .because("users, departments and their use cases are plain Java");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheWebOrTheDatabase = noClasses()
            .that().resideInAnyPackage(DOMAIN_AND_USE_CASES)
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..", "..config..", "..login..",
                    "..token..", "..logout..");

    @ArchTest
    static final ArchRule departmentsDoNotKnowUsers = noClasses()
            .that().resideInAPackage("org.atelier.identity.department..")
            .should().dependOnClassesThat().resideInAPackage("org.atelier.identity.user..");
}
