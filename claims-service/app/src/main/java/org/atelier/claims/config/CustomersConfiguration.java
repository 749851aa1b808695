package org.atelier.claims.config;

import java.util.function.Consumer;
import org.atelier.claims.customer.KnownCustomers;
import org.atelier.claims.customer.application.FindingCustomers;
import org.atelier.claims.customer.messaging.LoyaltyEventsConsumer;
import org.atelier.claims.customer.persistence.MongoKnownCustomers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/** Wires claims' replica of loyalty's customers; the bean named {@code loyaltyEvents} is the Spring Cloud Stream consumer. */
@Configuration(proxyBeanMethods = false)
class CustomersConfiguration {

    @Bean
    KnownCustomers knownCustomers(MongoTemplate mongo) {
        MongoKnownCustomers customers = new MongoKnownCustomers(mongo);
        customers.ensureIndexes();
        return customers;
    }

    @Bean
    FindingCustomers findingCustomers(KnownCustomers customers) {
        return new FindingCustomers(customers);
    }

    @Bean
    Consumer<Message<byte[]>> loyaltyEvents(KnownCustomers customers) {
        return new LoyaltyEventsConsumer(customers);
    }
}
