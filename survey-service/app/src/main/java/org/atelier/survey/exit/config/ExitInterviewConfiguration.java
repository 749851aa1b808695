package org.atelier.survey.exit.config;

import java.time.Clock;
import java.util.function.Consumer;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.directory.Directory;
import org.atelier.outbox.AggregateDocuments;
import org.atelier.survey.customer.KnownCustomers;
import org.atelier.survey.customer.persistence.MongoKnownCustomers;
import org.atelier.survey.exit.AssignmentPolicy;
import org.atelier.survey.exit.CasePolicy;
import org.atelier.survey.exit.ExitInterviews;
import org.atelier.survey.exit.application.FindingCases;
import org.atelier.survey.exit.application.OpeningCases;
import org.atelier.survey.exit.application.WorkingCases;
import org.atelier.survey.exit.messaging.ExitInterviewEventTranslator;
import org.atelier.survey.exit.messaging.LoyaltyEventsConsumer;
import org.atelier.survey.exit.persistence.MongoExitInterviews;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/** Wires exit interviews and the customer replica they need; the bean named {@code loyaltyEvents} is the Spring Cloud Stream consumer. */
@Configuration(proxyBeanMethods = false)
class ExitInterviewConfiguration {

    @Bean
    KnownCustomers knownCustomers(MongoTemplate mongo) {
        return new MongoKnownCustomers(mongo);
    }

    @Bean
    ExitInterviews exitInterviews(MongoTemplate mongo, JsonMapper json, AggregateDocuments documents, Clock clock,
                                  @Value("${atelier.topics.survey}") String topic) {
        MongoExitInterviews cases = new MongoExitInterviews(mongo, new ExitInterviewEventTranslator(json, topic), documents, clock);
        cases.ensureIndexes();
        return cases;
    }

    @Bean
    CasePolicy casePolicy(@Value("${atelier.survey.exit.unanswered-attempts-to-close:3}") int unansweredAttempts,
                          @Value("${atelier.survey.exit.days-to-interview:30}") int daysToInterview) {
        return new CasePolicy(unansweredAttempts, daysToInterview);
    }

    @Bean
    OpeningCases openingCases(ExitInterviews cases, Directory directory, CasePolicy policy, CompanyCalendar calendar) {
        return new OpeningCases(cases, new AssignmentPolicy(directory), policy, calendar);
    }

    @Bean
    WorkingCases workingCases(ExitInterviews cases, Directory directory, CasePolicy policy, CompanyCalendar calendar) {
        return new WorkingCases(cases, directory, policy, calendar);
    }

    @Bean
    FindingCases findingCases(ExitInterviews cases, CompanyCalendar calendar) {
        return new FindingCases(cases, calendar);
    }

    @Bean
    Consumer<Message<byte[]>> loyaltyEvents(KnownCustomers customers, OpeningCases openingCases) {
        return new LoyaltyEventsConsumer(customers, openingCases);
    }
}
