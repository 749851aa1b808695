package org.atelier.identity.department.config;

import org.atelier.identity.department.Departments;
import org.atelier.identity.department.application.CreatingDepartment;
import org.atelier.identity.department.application.DeactivatingDepartment;
import org.atelier.identity.department.application.FindingDepartments;
import org.atelier.identity.department.application.SeedingDepartments;
import org.atelier.identity.department.persistence.MongoDepartments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Wires the department feature: the domain and use cases stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class DepartmentConfiguration {

    @Bean
    Departments departments(MongoTemplate mongo) {
        return new MongoDepartments(mongo);
    }

    @Bean
    CreatingDepartment creatingDepartment(Departments departments) {
        return new CreatingDepartment(departments);
    }

    @Bean
    DeactivatingDepartment deactivatingDepartment(Departments departments) {
        return new DeactivatingDepartment(departments);
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
