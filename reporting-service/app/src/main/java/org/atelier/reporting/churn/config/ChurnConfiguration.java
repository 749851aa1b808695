package org.atelier.reporting.churn.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.Consumer;
import org.atelier.inbox.OnceOnlyWriter;
import org.atelier.reporting.churn.InterviewFacts;
import org.atelier.reporting.churn.LostCustomers;
import org.atelier.reporting.churn.application.BuildingExitInterviewReport;
import org.atelier.reporting.churn.application.ProjectingInterviews;
import org.atelier.reporting.churn.messaging.SurveyEventsConsumer;
import org.atelier.reporting.churn.persistence.MongoInterviewFacts;
import org.atelier.reporting.churn.application.BuildingChurnReport;
import org.atelier.reporting.churn.application.ProjectingLosses;
import org.atelier.reporting.churn.messaging.LoyaltyEventsConsumer;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.atelier.reporting.churn.persistence.MongoLostCustomers;
import org.atelier.reporting.rebuild.CollectionNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/** Wires the churn and exit-interview read models; {@code loyaltyEvents} and {@code surveyEvents} are the Spring Cloud Stream consumers. */
@Configuration(proxyBeanMethods = false)
class ChurnConfiguration {

    @Bean
    LostCustomers lostCustomers(MongoTemplate mongo, MeterRegistry meters, CollectionNames viewCollections) {
        return new MongoLostCustomers(mongo, new OnceOnlyWriter(mongo, meters), viewCollections);
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
    Consumer<Message<List<byte[]>>> loyaltyEvents(ProjectingLosses projectingLosses, EventsSeen eventsSeen) {
        return new LoyaltyEventsConsumer(projectingLosses, eventsSeen)::acceptPoll;
    }

    @Bean
    InterviewFacts interviewFacts(MongoTemplate mongo, MeterRegistry meters, CollectionNames viewCollections) {
        return new MongoInterviewFacts(mongo, new OnceOnlyWriter(mongo, meters), viewCollections);
    }

    @Bean
    BuildingExitInterviewReport buildingExitInterviewReport(LostCustomers lostCustomers, InterviewFacts interviewFacts) {
        return new BuildingExitInterviewReport(lostCustomers, interviewFacts);
    }

    /** The Spring Cloud Stream consumer of survey-service's topic. */
    @Bean
    Consumer<Message<List<byte[]>>> surveyEvents(InterviewFacts interviewFacts, EventsSeen eventsSeen) {
        return new SurveyEventsConsumer(new ProjectingInterviews(interviewFacts), eventsSeen)::acceptPoll;
    }
}
