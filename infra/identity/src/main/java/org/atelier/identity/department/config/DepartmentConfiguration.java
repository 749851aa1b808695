package org.atelier.identity.department.config;

import java.time.Clock;
import org.atelier.identity.department.DepartmentMembers;
import org.atelier.identity.department.Departments;
import org.atelier.identity.department.application.CreatingDepartment;
import org.atelier.identity.department.application.DeactivatingDepartment;
import org.atelier.identity.department.application.FindingDepartments;
import org.atelier.identity.department.application.RenamingDepartment;
import org.atelier.identity.department.application.SeedingDepartments;
import org.atelier.identity.department.messaging.DepartmentEventTranslator;
import org.atelier.identity.department.persistence.MongoDepartments;
import org.atelier.outbox.AggregateDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the department feature: the domain and use cases stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class DepartmentConfiguration {

    /** Every change is written with its directory event, on the identity topic. */
    @Bean
    MongoDepartments departments(MongoTemplate mongo, AggregateDocuments documents, JsonMapper json, Clock clock,
                                 @Value("${atelier.topics.identity}") String topic) {
        return new MongoDepartments(mongo, documents, new DepartmentEventTranslator(json, topic), clock);
    }

    @Bean
    CreatingDepartment creatingDepartment(Departments departments) {
        return new CreatingDepartment(departments);
    }

    @Bean
    RenamingDepartment renamingDepartment(Departments departments) {
        return new RenamingDepartment(departments);
    }

    /** The people are the users' side's: it answers how many are active in a department ({@link DepartmentMembers}). */
    @Bean
    DeactivatingDepartment deactivatingDepartment(Departments departments, DepartmentMembers members) {
        return new DeactivatingDepartment(departments, members);
    }

    @Bean
    FindingDepartments findingDepartments(Departments departments) {
        return new FindingDepartments(departments);
    }

    @Bean
    SeedDepartmentsOnFirstStart seedDepartmentsOnFirstStart(Departments departments) {
        return new SeedDepartmentsOnFirstStart(new SeedingDepartments(departments));
    }
}
