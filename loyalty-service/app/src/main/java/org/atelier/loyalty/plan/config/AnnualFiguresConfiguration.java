package org.atelier.loyalty.plan.config;

import java.time.Clock;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.application.FindingCustomers;
import org.atelier.loyalty.plan.AnnualFiguresRepository;
import org.atelier.loyalty.plan.PlanVersusResults;
import org.atelier.loyalty.plan.application.RecordingAnnualFigures;
import org.atelier.loyalty.plan.messaging.AnnualFiguresEventTranslator;
import org.atelier.loyalty.plan.persistence.MongoAnnualFigures;
import org.atelier.outbox.AggregateDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires annual plans and results; the domain and use cases stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class AnnualFiguresConfiguration {

    @Bean
    AnnualFiguresRepository annualFigures(MongoTemplate mongo, JsonMapper json, AggregateDocuments documents, Clock clock,
                                          @Value("${atelier.topics.loyalty}") String topic) {
        return new MongoAnnualFigures(mongo, new AnnualFiguresEventTranslator(json, topic), documents, clock);
    }

    @Bean
    RecordingAnnualFigures recordingAnnualFigures(AnnualFiguresRepository figures, Clock clock, FindingCustomers customers,
                                                  CompanyCalendar calendar) {
        return new RecordingAnnualFigures(figures, clock, () -> {
            FindingCustomers.LoyalCount now = customers.loyalNow();
            return new PlanVersusResults.LoyalCounts(now.all(), now.key());
        }, calendar.zone());
    }
}
