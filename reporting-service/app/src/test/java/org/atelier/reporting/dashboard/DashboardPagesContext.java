package org.atelier.reporting.dashboard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The application the dashboards' page tests open pages of: the whole service over the shared broker and database, with
 * topics and a database of its own and the company's departments in the directory. One annotation, so that every class
 * using it shares one started context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=reporting_dashboard_it",
        "atelier.topics.loyalty=it.dashboard.loyalty.events",
        "atelier.topics.survey=it.dashboard.survey.events",
        "atelier.topics.claims=it.dashboard.claims.events"})
@AutoConfigureMockMvc
@interface DashboardPagesContext {
}
