package org.atelier.loyalty.programme.config;

import java.time.Clock;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.programme.OutstandingPoints;
import org.atelier.loyalty.programme.Programmes;
import org.atelier.loyalty.programme.application.RevisingProgramme;
import org.atelier.loyalty.programme.messaging.ProgrammeEventTranslator;
import org.atelier.loyalty.programme.persistence.MongoProgrammes;
import org.atelier.outbox.AggregateDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the loyalty programme; the domain and use cases stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class ProgrammeConfiguration {

    @Bean
    Programmes programmes(MongoTemplate mongo, JsonMapper json, AggregateDocuments documents, Clock clock,
                          @Value("${atelier.topics.loyalty}") String topic) {
        return new MongoProgrammes(mongo, new ProgrammeEventTranslator(json, topic), documents, clock);
    }

    @Bean
    RevisingProgramme revisingProgramme(Programmes programmes, OutstandingPoints outstanding, CompanyCalendar calendar) {
        return new RevisingProgramme(programmes, outstanding, calendar);
    }
}
