package org.atelier.reporting.churn.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;
import org.atelier.inbox.OnceOnlyWriter;
import org.atelier.reporting.churn.LostCustomers;
import org.atelier.reporting.churn.application.BuildingChurnReport;
import org.atelier.reporting.churn.application.ProjectingLosses;
import org.atelier.reporting.churn.messaging.LoyaltyEventsConsumer;
import org.atelier.reporting.churn.persistence.MongoLostCustomers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/** Wires the churn read model; the bean named {@code loyaltyEvents} is the Spring Cloud Stream consumer. */
@Configuration(proxyBeanMethods = false)
class ChurnConfiguration {

    @Bean
    LostCustomers lostCustomers(MongoTemplate mongo, MeterRegistry meters) {
        return new MongoLostCustomers(mongo, new OnceOnlyWriter(mongo, meters));
    }

    @Bean
    ProjectingLosses projectingLosses(LostCustomers lostCustomers) {
        return new ProjectingLosses(lostCustomers);
    }

    @Bean
    BuildingChurnReport buildingChurnReport(LostCustomers lostCustomers) {
        return new BuildingChurnReport(lostCustomers);
    }

    @Bean
    Consumer<Message<byte[]>> loyaltyEvents(ProjectingLosses projectingLosses) {
        return new LoyaltyEventsConsumer(projectingLosses);
    }
}
