package org.atelier.reporting.claims.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.Consumer;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.inbox.OnceOnlyWriter;
import org.atelier.reporting.churn.LostCustomers;
import org.atelier.reporting.claims.ClaimFacts;
import org.atelier.reporting.claims.application.BuildingClaimOutcomesReport;
import org.atelier.reporting.claims.application.ProjectingClaims;
import org.atelier.reporting.claims.messaging.ClaimsEventsConsumer;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.atelier.reporting.claims.persistence.MongoClaimFacts;
import org.atelier.reporting.rebuild.CollectionNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/** Wires the claim-outcomes read model; {@code claimsEvents} is the Spring Cloud Stream consumer of claims' topic. */
@Configuration(proxyBeanMethods = false)
class ClaimOutcomesConfiguration {

    @Bean
    ClaimFacts claimFacts(MongoTemplate mongo, MeterRegistry meters, CollectionNames viewCollections) {
        return new MongoClaimFacts(mongo, new OnceOnlyWriter(mongo, meters), viewCollections);
    }

    @Bean
    BuildingClaimOutcomesReport buildingClaimOutcomesReport(ClaimFacts claimFacts, LostCustomers lostCustomers) {
        return new BuildingClaimOutcomesReport(claimFacts, lostCustomers);
    }

    @Bean
    Consumer<Message<List<byte[]>>> claimsEvents(ClaimFacts claimFacts, CompanyCalendar calendar, EventsSeen eventsSeen) {
        return new ClaimsEventsConsumer(new ProjectingClaims(claimFacts), calendar, eventsSeen)::acceptPoll;
    }
}
