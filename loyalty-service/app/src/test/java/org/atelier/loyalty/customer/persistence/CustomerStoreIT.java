package org.atelier.loyalty.customer.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.atelier.directory.testing.CompanyDepartments;
import org.junit.jupiter.api.extension.ExtendWith;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

/** One Spring context, on a database of its own, for the ITs of how customers are stored. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(properties = {
        "spring.mongodb.database=loyalty_customer_store_it",
        "atelier.topics.loyalty=it.customer-store.loyalty.events"})
@interface CustomerStoreIT {
}
